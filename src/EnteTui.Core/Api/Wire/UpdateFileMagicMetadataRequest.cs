namespace EnteTui.Core.Api.Wire;

/// <summary>Body of `PUT /files/public-magic-metadata` and `PUT /files/magic-metadata`.</summary>
public sealed class UpdateFileMagicMetadataRequest
{
    public List<FileMagicMetadataUpdate> MetadataList { get; set; } = [];
}
