using System.Text.Json.Serialization;

namespace EnteTui.Core.Api.Wire;

/// <summary>Response of `GET /collections/v2/diff?collectionID=&amp;sinceTime=`.</summary>
public sealed class CollectionDiffResponse
{
    [JsonPropertyName("diff")]
    public List<EnteFile> Diff { get; set; } = [];

    [JsonPropertyName("hasMore")]
    public bool HasMore { get; set; }
}
