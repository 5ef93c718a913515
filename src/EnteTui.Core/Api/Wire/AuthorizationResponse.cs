namespace EnteTui.Core.Api.Wire;

/// <summary>Response of verify-session, verify-email, two-factor verify and passkey get-token (spec §2.8). Empty strings mean absent.</summary>
public sealed class AuthorizationResponse
{
    public long Id { get; set; }

    public KeyAttributes? KeyAttributes { get; set; }

    public string? EncryptedToken { get; set; }

    public string? Token { get; set; }

    [JsonPropertyName("twoFactorSessionID")]
    public string? TwoFactorSessionId { get; set; }

    [JsonPropertyName("passkeySessionID")]
    public string? PasskeySessionId { get; set; }

    public string? AccountsUrl { get; set; }

    [JsonPropertyName("twoFactorSessionIDV2")]
    public string? TwoFactorSessionIdV2 { get; set; }

    public string? SrpM2 { get; set; }
}
