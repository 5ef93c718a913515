using System.Text;
using System.Text.Json;
using EnteTui.Samples;

namespace EnteTui.Fixtures;

/// <summary>
/// A Google Takeout split over several parts for a test: sidecars from a <see cref="SidecarSpec"/>,
/// album metadata, and any file, each in the part the test chooses (written by <see cref="TakeoutPartWriter"/>).
/// </summary>
public sealed class TakeoutBuilder
{
    public const string Root = TakeoutPartNames.Root;

    private readonly TakeoutPartWriter writer = new();

    /// <summary>Adds a file under `Takeout/Google Photos/` into 1-based part <paramref name="part"/>.</summary>
    public TakeoutBuilder Add(string relativePath, byte[] bytes, int part = 1)
    {
        writer.Add(relativePath, bytes, part);
        return this;
    }

    public TakeoutBuilder AddSidecar(string relativePath, SidecarSpec sidecar, int part = 1) =>
        Add(relativePath, Encoding.UTF8.GetBytes(sidecar.ToJson()), part);

    /// <summary>Google's current album file (zero <c>geoData</c> included) as <paramref name="fileName"/> (localised names: <c>métadonnées.json</c>, <c>Metadaten.json</c>, ...).</summary>
    public TakeoutBuilder AddAlbum(string folder, string title, int part = 1, string fileName = "metadata.json") =>
        Add(folder + "/" + fileName, Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
        {
            title,
            description = "",
            access = "protected",
            date = new { timestamp = "1560000000", formatted = "Jun 8, 2019, 1:20:00 PM UTC" },
            location = "",
            geoData = new { latitude = 0.0, longitude = 0.0, altitude = 0.0, latitudeSpan = 0.0, longitudeSpan = 0.0 },
        })), part);

    /// <summary>Writes the parts into <paramref name="dir"/>; part kinds by index ("zip" or "tgz"). Returns their paths in part order.</summary>
    public IReadOnlyList<string> Write(string dir, params string[] kinds) => writer.Write(dir, kinds);
}
