namespace EnteTui.Core.Sync;

/// <summary>Decrypts Blob-encrypted JSON (metadata, magic metadata) and reads values leniently.</summary>
public static class MagicMetadataReader
{
    public static JsonElement Decrypt(string data, string header, byte[] key)
    {
        var plain = Blob.Decrypt(EnteBase64.Decode(data), EnteBase64.Decode(header), key);
        using var doc = JsonDocument.Parse(Encoding.UTF8.GetString(plain));
        return doc.RootElement.Clone();
    }

    public static JsonElement? Decrypt(MagicMetadataEnvelope? envelope, byte[] key) =>
        envelope is null || string.IsNullOrEmpty(envelope.Data) || string.IsNullOrEmpty(envelope.Header)
            ? null
            : Decrypt(envelope.Data, envelope.Header, key);

    public static long Long(JsonElement? obj, string name) => Number(obj, name) is { } d ? (long)d : 0;

    public static double? Number(JsonElement? obj, string name)
    {
        if (obj is not { ValueKind: JsonValueKind.Object } o || !o.TryGetProperty(name, out var v))
        {
            return null;
        }

        return v.ValueKind switch
        {
            JsonValueKind.Number => v.GetDouble(),
            JsonValueKind.String when double.TryParse(v.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            _ => null,
        };
    }

    public static string? Text(JsonElement? obj, string name)
    {
        if (obj is not { ValueKind: JsonValueKind.Object } o || !o.TryGetProperty(name, out var v))
        {
            return null;
        }

        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        };
    }
}
