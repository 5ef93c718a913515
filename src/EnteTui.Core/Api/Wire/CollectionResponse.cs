using System.Text.Json.Serialization;

namespace EnteTui.Core.Api.Wire;

/// <summary>Response of `POST /collections` and `GET /collections/{id}`.</summary>
public sealed class CollectionResponse
{
    [JsonPropertyName("collection")]
    public Collection? Collection { get; set; }
}
