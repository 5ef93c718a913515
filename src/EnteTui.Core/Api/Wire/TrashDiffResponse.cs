using System.Text.Json.Serialization;

namespace EnteTui.Core.Api.Wire;

/// <summary>Response of `GET /trash/v2/diff?sinceTime=`.</summary>
public sealed class TrashDiffResponse
{
    [JsonPropertyName("diff")]
    public List<TrashItem> Diff { get; set; } = [];

    [JsonPropertyName("hasMore")]
    public bool HasMore { get; set; }
}
