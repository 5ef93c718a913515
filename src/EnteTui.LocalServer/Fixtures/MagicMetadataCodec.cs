using System.Text;
using System.Text.Json.Nodes;

namespace EnteTui.LocalServer.Fixtures;

/// <summary>Magic metadata as a client handles it (spec §3.6): a Blob-encrypted JSON object; count = non-null keys.</summary>
internal static class MagicMetadataCodec
{
    public static JsonObject Decrypt(MagicMetadataEnvelope? envelope, byte[] key)
    {
        if (envelope is null || envelope.Data.Length == 0)
        {
            return [];
        }

        var plain = Blob.Decrypt(EnteBase64.Decode(envelope.Data), EnteBase64.Decode(envelope.Header), key);
        return JsonNode.Parse(plain)?.AsObject() ?? [];
    }

    public static MagicMetadataEnvelope Encrypt(JsonObject values, byte[] key, int version)
    {
        var clean = new JsonObject();
        foreach (var (name, value) in values)
        {
            if (value is not null)
            {
                clean[name] = value.DeepClone();
            }
        }

        var blob = Blob.Encrypt(Encoding.UTF8.GetBytes(clean.ToJsonString()), key);
        return new MagicMetadataEnvelope
        {
            Version = version,
            Count = clean.Count,
            Data = EnteBase64.Encode(blob.Ciphertext),
            Header = EnteBase64.Encode(blob.Header),
        };
    }
}
