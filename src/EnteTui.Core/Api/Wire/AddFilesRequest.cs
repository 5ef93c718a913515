namespace EnteTui.Core.Api.Wire;

/// <summary>Body of `POST /collections/add-files` (at most 1000 items).</summary>
public sealed class AddFilesRequest
{
    [JsonPropertyName("collectionID")]
    public long CollectionId { get; set; }

    public List<CollectionFileItem> Files { get; set; } = [];
}
