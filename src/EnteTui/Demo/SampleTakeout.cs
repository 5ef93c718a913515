using EnteTui.Samples;

namespace EnteTui.Demo;

/// <summary>
/// The demo's Google Takeout: three parts (zip, tgz, zip) with photos and their sidecars in
/// different parts, an album with a Unicode title, and unmatched items for the wizard to resolve:
/// a photo with no sidecar (dated by its name), one with a near-miss sidecar, and an orphan sidecar.
/// </summary>
public static class SampleTakeout
{
    public static IReadOnlyList<string> Write(string dir)
    {
        var writer = new TakeoutPartWriter();
        var seed = 500;
        var start = new DateTimeOffset(2019, 6, 12, 10, 15, 0, TimeSpan.Zero);
        for (var i = 0; i < 4; i++)
        {
            var taken = start.AddDays(i * 9).AddHours(i);
            var name = $"IMG_{taken:yyyyMMdd_HHmmss}.jpg";
            writer.Add($"Photos from 2019/{name}", SampleImages.Jpeg(seed++, 480, 360), part: 1);
            writer.Add($"Photos from 2019/{name}.supplemental-metadata.json", Sidecar(name, taken, 48.8566 + i / 100.0, 2.3522), part: 2);
        }

        writer.Add("Trip to Zürich/metadata.json", Json(new { title = "Trip to Zürich", description = "", access = "protected" }), part: 3);
        for (var i = 0; i < 3; i++)
        {
            var taken = new DateTimeOffset(2019, 9, 3 + i, 14, 0, 0, TimeSpan.Zero);
            var name = $"Zürich_See_{i + 1}.jpg";
            writer.Add($"Trip to Zürich/{name}", SampleImages.Jpeg(seed++, 480, 360), part: 3);
            writer.Add($"Trip to Zürich/{name}.supplemental-metadata.json", Sidecar(name, taken, 47.3769, 8.5417), part: 1);
        }

        writer.Add("Photos from 2019/PXL_20190801_120000.jpg", SampleImages.Jpeg(seed++, 480, 360), part: 2);
        writer.Add("Photos from 2019/DSC_0001.JPG", SampleImages.Jpeg(seed++, 480, 360), part: 2);
        writer.Add("Photos from 2019/DSC_0001.jpeg.json", Sidecar("DSC_0001.jpeg", new DateTimeOffset(2019, 7, 14, 10, 21, 0, TimeSpan.Zero), 46.948, 7.4474), part: 3);
        writer.Add("Photos from 2019/scan-of-old-letter.png.json", Sidecar("scan-of-old-letter.png", new DateTimeOffset(2019, 11, 2, 9, 0, 0, TimeSpan.Zero), 0, 0), part: 3);
        return writer.Write(dir, "zip", "tgz", "zip");
    }

    private static byte[] Sidecar(string title, DateTimeOffset taken, double latitude, double longitude) => Json(new
    {
        title,
        description = "",
        photoTakenTime = Time(taken),
        creationTime = Time(taken.AddDays(1)),
        geoData = new { latitude, longitude, altitude = 0.0, latitudeSpan = 0.0, longitudeSpan = 0.0 },
    });

    private static object Time(DateTimeOffset at) => new
    {
        timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
        formatted = at.ToString("MMM d, yyyy, h:mm:ss tt 'UTC'", CultureInfo.InvariantCulture),
    };

    private static byte[] Json(object value) => JsonSerializer.SerializeToUtf8Bytes(value);
}
