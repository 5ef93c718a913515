using System.Text.Json.Serialization;

namespace EnteTui.Core.Api.Wire;

/// <summary>Response of `GET /users/session-validity/v2`.</summary>
public sealed class SessionValidityResponse
{
    [JsonPropertyName("hasSetKeys")]
    public bool HasSetKeys { get; set; }

    [JsonPropertyName("keyAttributes")]
    public KeyAttributes? KeyAttributes { get; set; }
}
