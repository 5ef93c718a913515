namespace EnteTui.Core.Api.Wire;

/// <summary>Body of `PUT /collections/magic-metadata` and its public/sharee variants.</summary>
public sealed class CollectionMagicMetadataUpdate
{
    public long Id { get; set; }

    public MagicMetadataEnvelope MagicMetadata { get; set; } = new();
}
