namespace EnteTui.Core.Api.Wire;

/// <summary>Body of `POST /users/srp/verify-session`.</summary>
public sealed class VerifySrpSessionRequest
{
    [JsonPropertyName("srpUserID")]
    public string SrpUserId { get; set; } = "";

    [JsonPropertyName("sessionID")]
    public string SessionId { get; set; } = "";

    public string SrpM1 { get; set; } = "";
}
