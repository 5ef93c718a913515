namespace EnteTui.LocalServer.Data;

/// <summary>
/// museum's diff paging (spec §4.4): ordered by time, a soft limit that never splits a timestamp.
/// With more than <c>limit</c> rows, the page ends before the time of row <c>limit+1</c> (so it may be
/// shorter); when every row of the window shares that time, the page is all rows of that time
/// (so it may be longer). `hasMore` is true whenever the limit was passed.
/// </summary>
internal static class SoftLimitPage
{
    public static (List<T> Page, bool HasMore) Take<T>(IEnumerable<T> rows, Func<T, long> timeOf, int limit)
    {
        var sorted = rows.OrderBy(timeOf).ToList();
        if (sorted.Count <= limit)
        {
            return (sorted, false);
        }

        var boundary = timeOf(sorted[limit]);
        var before = sorted.TakeWhile(r => timeOf(r) < boundary).ToList();
        return before.Count > 0 ? (before, true) : (sorted.Where(r => timeOf(r) == boundary).ToList(), true);
    }
}
