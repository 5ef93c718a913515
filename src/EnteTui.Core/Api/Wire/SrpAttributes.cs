namespace EnteTui.Core.Api.Wire;

/// <summary>SRP attributes of an account (`GET /users/srp/attributes`).</summary>
public sealed class SrpAttributes
{
    [JsonPropertyName("srpUserID")]
    public string SrpUserId { get; set; } = "";

    public string SrpSalt { get; set; } = "";

    public long MemLimit { get; set; }

    public long OpsLimit { get; set; }

    public string KekSalt { get; set; } = "";

    [JsonPropertyName("isEmailMFAEnabled")]
    public bool IsEmailMfaEnabled { get; set; }
}
