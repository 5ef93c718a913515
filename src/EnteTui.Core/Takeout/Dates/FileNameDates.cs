using System.Text.RegularExpressions;

namespace EnteTui.Core.Takeout.Dates;

/// <summary>
/// The one rule for a date in a file name (Takeout scan and import): <c>IMG_20190512_143000</c>,
/// <c>PXL_20230101_120000123</c>, <c>Screenshot_2020-01-02-03-04-05</c>,
/// <c>Screenshot 2019-05-12 at 14.30.22</c>, <c>2016-01-05 12.34.56</c>, <c>IMG-20200101-WA0001</c>
/// (date only). Years from 1990 (digital cameras; earlier 19xx digits are rarely dates) to next year.
/// Returns the wall-clock value; folders in a path are not read.
/// </summary>
public static partial class FileNameDates
{
    private const int EarliestYear = 1990;

    public static DateTime? Find(string fileName, DateTimeOffset now)
    {
        foreach (Match match in Pattern().Matches(Path.GetFileName(fileName)))
        {
            if (TryBuild(match, now.Year + 1) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    private static DateTime? TryBuild(Match m, int latestYear)
    {
        int Part(string group) => m.Groups[group].Success ? int.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture) : 0;
        var (year, month, day) = (Part("y"), Part("mo"), Part("d"));
        if (year < EarliestYear || year > latestYear || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateTime(year, month, day, Part("h"), Part("mi"), Part("s"), DateTimeKind.Unspecified);
    }

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d\d)[-_.]?(?<mo>0[1-9]|1[0-2])[-_.]?(?<d>0[1-9]|[12]\d|3[01])(?:(?:\sat\s|[-_ T.]{0,2})(?<h>[01]\d|2[0-3])[-_.:h]?(?<mi>[0-5]\d)[-_.:m]?(?<s>[0-5]\d)s?\d{0,3})?(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
