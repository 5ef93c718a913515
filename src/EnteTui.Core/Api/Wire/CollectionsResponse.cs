using System.Text.Json.Serialization;

namespace EnteTui.Core.Api.Wire;

/// <summary>Response of `GET /collections/v2?sinceTime=`.</summary>
public sealed class CollectionsResponse
{
    [JsonPropertyName("collections")]
    public List<Collection> Collections { get; set; } = [];
}
