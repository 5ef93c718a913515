using System.Text.RegularExpressions;

namespace EnteTui.Core.Takeout.Dates;

/// <summary>
/// A date written in a file name: <c>IMG_20190815_141500</c>, <c>PXL_20231006_063000139</c>,
/// <c>Screenshot_2020-03-01-16-11-51</c>, <c>VID-20230325-WA0122</c> (date only). Returns the wall-clock value.
/// </summary>
public static partial class FileNameDates
{
    public static DateTime? Find(string fileName)
    {
        foreach (Match match in Pattern().Matches(fileName))
        {
            if (TryBuild(match) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    private static DateTime? TryBuild(Match m)
    {
        int Part(int group) => m.Groups[group].Success ? int.Parse(m.Groups[group].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : 0;
        var (year, month, day) = (Part(1), Part(2), Part(3));
        if (day > DateTime.DaysInMonth(year, month) || year > DateTime.UtcNow.Year + 1)
        {
            return null;
        }

        return new DateTime(year, month, day, Part(4), Part(5), Part(6), DateTimeKind.Unspecified);
    }

    [GeneratedRegex(@"(?<!\d)((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?:[-_ T.]{0,2}([01]\d|2[0-3])[-_.:h]?([0-5]\d)[-_.:m]?([0-5]\d)s?\d{0,3})?(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
