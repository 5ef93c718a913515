using System.Text.Encodings.Web;
using EnteTui.Core.JsonOutput;

namespace EnteTui.Core.Export;

/// <summary>
/// Writes the Google-Takeout-compatible sidecar: `title`, `description`, `photoTakenTime`,
/// `creationTime`, `modificationTime` as `{timestamp, formatted}`, `geoData` (zeros when unknown),
/// and an `ente` object with the IDs, the content hash and the exported file names. Byte-stable for
/// equal input, so a fingerprint of the bytes tells whether a rewrite is needed.
/// </summary>
public static class SidecarWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Serialize(SidecarContent content)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("title", content.Title);
            json.WriteString("description", content.Description ?? "");
            WriteTime(json, "photoTakenTime", content.TakenMicros);
            WriteTime(json, "creationTime", content.TakenMicros);
            WriteTime(json, "modificationTime", content.ModifiedMicros);
            json.WriteStartObject("geoData");
            json.WriteNumber("latitude", content.Latitude ?? 0);
            json.WriteNumber("longitude", content.Longitude ?? 0);
            json.WriteNumber("altitude", 0);
            json.WriteNumber("latitudeSpan", 0);
            json.WriteNumber("longitudeSpan", 0);
            json.WriteEndObject();
            json.WriteStartObject("ente");
            json.WriteNumber("fileID", content.FileId);
            json.WriteNumber("collectionID", content.CollectionId);
            json.WriteNumber("ownerID", content.OwnerId);
            json.WriteString("hash", content.Hash ?? "");
            json.WriteStringArray("fileNames", content.FileNames);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void WriteTime(Utf8JsonWriter json, string name, long micros)
    {
        var seconds = TakeoutTime.FloorSeconds(micros);
        json.WriteStartObject(name);
        json.WriteString("timestamp", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("formatted", TakeoutTime.Formatted(seconds));
        json.WriteEndObject();
    }
}
