namespace EnteTui.Core.Api.Wire;

/// <summary>One (file, collection) pair to trash.</summary>
public sealed class TrashRequestItem
{
    [JsonPropertyName("fileID")]
    public long FileId { get; set; }

    [JsonPropertyName("collectionID")]
    public long CollectionId { get; set; }
}
