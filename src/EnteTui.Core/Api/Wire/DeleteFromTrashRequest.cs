namespace EnteTui.Core.Api.Wire;

/// <summary>Body of `POST /trash/delete`.</summary>
public sealed class DeleteFromTrashRequest
{
    [JsonPropertyName("fileIDs")]
    public List<long> FileIds { get; set; } = [];
}
