using System.Text.Json.Serialization;

namespace EnteTui.Core.Api.Wire;

/// <summary>One file's new magic metadata.</summary>
public sealed class FileMagicMetadataUpdate
{
    [JsonPropertyName("id")]
    public long Id { get; set; }

    [JsonPropertyName("magicMetadata")]
    public MagicMetadataEnvelope MagicMetadata { get; set; } = new();
}
