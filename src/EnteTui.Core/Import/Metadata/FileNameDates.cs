using System.Globalization;
using System.Text.RegularExpressions;

namespace EnteTui.Core.Import.Metadata;

/// <summary>
/// Dates phones and apps put into file names: `IMG_20190512_143022`, `PXL_20230809_203449253`,
/// `Screenshot_2024-01-14-14-13-33`, `2019-05-12 14.30.22`, `IMG-20190512-WA0001` (date only).
/// </summary>
public static partial class FileNameDates
{
    /// <summary>The local (zone-less) date and time in the name, or null.</summary>
    public static DateTime? Parse(string fileName)
    {
        var name = Path.GetFileNameWithoutExtension(fileName);
        foreach (Match match in DatePattern().Matches(name))
        {
            var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(match.Groups["mo"].Value, CultureInfo.InvariantCulture);
            var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (year < 1990 || year > 2100 || day > DateTime.DaysInMonth(year, month))
            {
                continue;
            }

            var hour = match.Groups["h"].Success ? int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
            var minute = match.Groups["mi"].Success ? int.Parse(match.Groups["mi"].Value, CultureInfo.InvariantCulture) : 0;
            var second = match.Groups["s"].Success ? int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
            return new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        }

        return null;
    }

    [GeneratedRegex(@"(?<!\d)(?<y>(19|20)\d\d)[-_.]?(?<mo>0[1-9]|1[0-2])[-_.]?(?<d>0[1-9]|[12]\d|3[01])(?:(?:[-_ T.]|\sat\s)?(?<h>[01]\d|2[0-3])[-_.:]?(?<mi>[0-5]\d)[-_.:]?(?<s>[0-5]\d)\d{0,3})?(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
