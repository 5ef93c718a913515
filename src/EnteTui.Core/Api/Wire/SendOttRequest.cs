using System.Text.Json.Serialization;

namespace EnteTui.Core.Api.Wire;

/// <summary>Body of `POST /users/ott`; purpose is "login" for login-only flows.</summary>
public sealed class SendOttRequest
{
    [JsonPropertyName("email")]
    public string Email { get; set; } = "";

    [JsonPropertyName("purpose")]
    public string Purpose { get; set; } = "login";
}
