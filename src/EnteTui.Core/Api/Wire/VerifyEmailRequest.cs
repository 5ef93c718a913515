using System.Text.Json.Serialization;

namespace EnteTui.Core.Api.Wire;

/// <summary>Body of `POST /users/verify-email`.</summary>
public sealed class VerifyEmailRequest
{
    [JsonPropertyName("email")]
    public string Email { get; set; } = "";

    [JsonPropertyName("ott")]
    public string Ott { get; set; } = "";
}
