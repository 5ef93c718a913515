namespace EnteTui.Core.Export;

/// <summary>
/// XMP's GPSCoordinate form (XMP spec part 2, EXIF schema): `DDD,MM.mmmmmmK`: whole degrees, decimal
/// minutes, then N/S (latitude) or E/W (longitude). Six decimals of a minute are about 2 mm.
/// </summary>
public static class XmpCoordinate
{
    public static string Latitude(double degrees) => Format(degrees, 'N', 'S');

    public static string Longitude(double degrees) => Format(degrees, 'E', 'W');

    private static string Format(double degrees, char positive, char negative)
    {
        var magnitude = Math.Abs(degrees);
        var whole = (int)Math.Floor(magnitude);
        var minutes = Math.Round((magnitude - whole) * 60, 6);
        if (minutes >= 60)
        {
            whole++;
            minutes = 0;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{whole},{minutes:0.000000}{(degrees < 0 ? negative : positive)}");
    }
}
