namespace EnteTui.Core.Api.Wire;

/// <summary>Response of `POST /users/srp/create-session`.</summary>
public sealed class CreateSrpSessionResponse
{
    [JsonPropertyName("sessionID")]
    public string SessionId { get; set; } = "";

    public string SrpB { get; set; } = "";
}
