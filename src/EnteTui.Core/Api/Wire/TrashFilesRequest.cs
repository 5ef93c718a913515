using System.Text.Json.Serialization;

namespace EnteTui.Core.Api.Wire;

/// <summary>Body of `POST /files/trash`.</summary>
public sealed class TrashFilesRequest
{
    [JsonPropertyName("items")]
    public List<TrashRequestItem> Items { get; set; } = [];
}
