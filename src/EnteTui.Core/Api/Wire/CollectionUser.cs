using System.Text.Json.Serialization;

namespace EnteTui.Core.Api.Wire;

/// <summary>Owner or sharee of a collection.</summary>
public sealed class CollectionUser
{
    [JsonPropertyName("id")]
    public long Id { get; set; }

    [JsonPropertyName("email")]
    public string? Email { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("role")]
    public string? Role { get; set; }
}
