using System.Text.Json.Serialization;

namespace EnteTui.Core.Api.Wire;

/// <summary>Body of `PUT /collections/magic-metadata` and its public/sharee variants.</summary>
public sealed class CollectionMagicMetadataUpdate
{
    [JsonPropertyName("id")]
    public long Id { get; set; }

    [JsonPropertyName("magicMetadata")]
    public MagicMetadataEnvelope MagicMetadata { get; set; } = new();
}
