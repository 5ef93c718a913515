using System.Text.Encodings.Web;

namespace EnteTui.Core.Import.Metadata;

/// <summary>Serialises metadata in the web uploader's key order, with no nulls (spec §5.5).</summary>
public static class MetadataJson
{
    private static readonly JsonSerializerOptions MagicOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Serialize(FileMetadata metadata)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("fileType", metadata.FileType);
            writer.WriteString("title", metadata.Title);
            writer.WriteNumber("creationTime", metadata.CreationTime);
            writer.WriteNumber("modificationTime", metadata.ModificationTime);
            writer.WriteString("hash", metadata.Hash);
            if (metadata.Duration is int duration)
            {
                writer.WriteNumber("duration", duration);
            }

            if (metadata.Latitude is double lat && metadata.Longitude is double lon)
            {
                writer.WriteNumber("latitude", lat);
                writer.WriteNumber("longitude", lon);
            }

            if (metadata.HasStaticThumbnail)
            {
                writer.WriteBoolean("hasStaticThumbnail", true);
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>The public magic metadata object, or null when there are no keys.</summary>
    public static byte[]? SerializePublicMagic(FileMetadata metadata)
    {
        if (metadata.PublicMagic.Count == 0)
        {
            return null;
        }

        return Encoding.UTF8.GetBytes(JsonSerializer.Serialize(metadata.PublicMagic, MagicOptions));
    }
}
