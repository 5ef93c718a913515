using System.Text.Json.Serialization;

namespace EnteTui.Core.Api.Wire;

/// <summary>The account's wrapped keys (spec §3.1).</summary>
public sealed class KeyAttributes
{
    [JsonPropertyName("kekSalt")]
    public string KekSalt { get; set; } = "";

    [JsonPropertyName("kekHash")]
    public string? KekHash { get; set; }

    [JsonPropertyName("encryptedKey")]
    public string EncryptedKey { get; set; } = "";

    [JsonPropertyName("keyDecryptionNonce")]
    public string KeyDecryptionNonce { get; set; } = "";

    [JsonPropertyName("publicKey")]
    public string PublicKey { get; set; } = "";

    [JsonPropertyName("encryptedSecretKey")]
    public string EncryptedSecretKey { get; set; } = "";

    [JsonPropertyName("secretKeyDecryptionNonce")]
    public string SecretKeyDecryptionNonce { get; set; } = "";

    [JsonPropertyName("memLimit")]
    public long MemLimit { get; set; }

    [JsonPropertyName("opsLimit")]
    public long OpsLimit { get; set; }

    [JsonPropertyName("masterKeyEncryptedWithRecoveryKey")]
    public string? MasterKeyEncryptedWithRecoveryKey { get; set; }

    [JsonPropertyName("masterKeyDecryptionNonce")]
    public string? MasterKeyDecryptionNonce { get; set; }

    [JsonPropertyName("recoveryKeyEncryptedWithMasterKey")]
    public string? RecoveryKeyEncryptedWithMasterKey { get; set; }

    [JsonPropertyName("recoveryKeyDecryptionNonce")]
    public string? RecoveryKeyDecryptionNonce { get; set; }
}
