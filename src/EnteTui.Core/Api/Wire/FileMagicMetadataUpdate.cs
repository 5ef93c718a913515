namespace EnteTui.Core.Api.Wire;

/// <summary>One file's new magic metadata.</summary>
public sealed class FileMagicMetadataUpdate
{
    public long Id { get; set; }

    public MagicMetadataEnvelope MagicMetadata { get; set; } = new();
}
