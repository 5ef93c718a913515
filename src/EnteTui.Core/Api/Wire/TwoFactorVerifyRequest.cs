namespace EnteTui.Core.Api.Wire;

/// <summary>Body of `POST /users/two-factor/verify`.</summary>
public sealed class TwoFactorVerifyRequest
{
    [JsonPropertyName("sessionID")]
    public string SessionId { get; set; } = "";

    public string Code { get; set; } = "";
}
