using System.Text.Json.Serialization;

namespace EnteTui.Core.Api.Wire;

/// <summary>SRP attributes of an account (`GET /users/srp/attributes`).</summary>
public sealed class SrpAttributes
{
    [JsonPropertyName("srpUserID")]
    public string SrpUserId { get; set; } = "";

    [JsonPropertyName("srpSalt")]
    public string SrpSalt { get; set; } = "";

    [JsonPropertyName("memLimit")]
    public long MemLimit { get; set; }

    [JsonPropertyName("opsLimit")]
    public long OpsLimit { get; set; }

    [JsonPropertyName("kekSalt")]
    public string KekSalt { get; set; } = "";

    [JsonPropertyName("isEmailMFAEnabled")]
    public bool IsEmailMfaEnabled { get; set; }
}
