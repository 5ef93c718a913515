namespace EnteTui.Core.Api.Wire;

/// <summary>Body of `POST /users/srp/create-session`; srpA is PAD(A), 512 bytes.</summary>
public sealed class CreateSrpSessionRequest
{
    [JsonPropertyName("srpUserID")]
    public string SrpUserId { get; set; } = "";

    public string SrpA { get; set; } = "";
}
