namespace EnteTui.Core.Api.Wire;

/// <summary>Body of `POST /files/trash`.</summary>
public sealed class TrashFilesRequest
{
    public List<TrashRequestItem> Items { get; set; } = [];
}
