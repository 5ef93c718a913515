namespace EnteTui.Core.Api.Wire;

/// <summary>The account's wrapped keys (spec §3.1).</summary>
public sealed class KeyAttributes
{
    public string KekSalt { get; set; } = "";

    public string? KekHash { get; set; }

    public string EncryptedKey { get; set; } = "";

    public string KeyDecryptionNonce { get; set; } = "";

    public string PublicKey { get; set; } = "";

    public string EncryptedSecretKey { get; set; } = "";

    public string SecretKeyDecryptionNonce { get; set; } = "";

    public long MemLimit { get; set; }

    public long OpsLimit { get; set; }

    public string? MasterKeyEncryptedWithRecoveryKey { get; set; }

    public string? MasterKeyDecryptionNonce { get; set; }

    public string? RecoveryKeyEncryptedWithMasterKey { get; set; }

    public string? RecoveryKeyDecryptionNonce { get; set; }
}
