using System.Text.Json.Serialization;

namespace EnteTui.Core.Api.Wire;

/// <summary>Response of verify-session, verify-email, two-factor verify and passkey get-token (spec §2.8). Empty strings mean absent.</summary>
public sealed class AuthorizationResponse
{
    [JsonPropertyName("id")]
    public long Id { get; set; }

    [JsonPropertyName("keyAttributes")]
    public KeyAttributes? KeyAttributes { get; set; }

    [JsonPropertyName("encryptedToken")]
    public string? EncryptedToken { get; set; }

    [JsonPropertyName("token")]
    public string? Token { get; set; }

    [JsonPropertyName("twoFactorSessionID")]
    public string? TwoFactorSessionId { get; set; }

    [JsonPropertyName("passkeySessionID")]
    public string? PasskeySessionId { get; set; }

    [JsonPropertyName("accountsUrl")]
    public string? AccountsUrl { get; set; }

    [JsonPropertyName("twoFactorSessionIDV2")]
    public string? TwoFactorSessionIdV2 { get; set; }

    [JsonPropertyName("srpM2")]
    public string? SrpM2 { get; set; }
}
