using System.Text.Json.Serialization;

namespace EnteTui.Core.Api.Wire;

/// <summary>Magic metadata envelope: Blob-encrypted JSON with optimistic versioning (spec §3.6).</summary>
public sealed class MagicMetadataEnvelope
{
    [JsonPropertyName("version")]
    public int Version { get; set; }

    [JsonPropertyName("count")]
    public int Count { get; set; }

    [JsonPropertyName("data")]
    public string Data { get; set; } = "";

    [JsonPropertyName("header")]
    public string Header { get; set; } = "";
}
