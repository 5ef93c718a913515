namespace EnteTui.Core.Api.Wire;

/// <summary>Body of `POST /collections/v3/remove-files`.</summary>
public sealed class RemoveFilesRequest
{
    [JsonPropertyName("collectionID")]
    public long CollectionId { get; set; }

    [JsonPropertyName("fileIDs")]
    public List<long> FileIds { get; set; } = [];
}
