namespace EnteTui.LocalServer.State;

/// <summary>An account: key attributes, SRP verifier and the second factors it has switched on.</summary>
internal sealed class UserRecord
{
    public long Id { get; set; }

    /// <summary>Lowercased and trimmed, as the server normalises it.</summary>
    public string Email { get; set; } = "";

    public KeyAttributes? KeyAttributes { get; set; }

    public string? SrpUserId { get; set; }

    public string? SrpSalt { get; set; }

    /// <summary>base64(PAD(v)).</summary>
    public string? SrpVerifier { get; set; }

    public bool IsEmailMfaEnabled { get; set; }

    /// <summary>Base32 TOTP secret; null when TOTP is off.</summary>
    public string? TotpSecret { get; set; }

    public bool HasPasskey { get; set; }

    /// <summary>Microseconds after which a passkey session approves itself; 0: only an explicit verification does.</summary>
    public long PasskeyApprovalDelay { get; set; }

    /// <summary>Storage quota in bytes; null means unlimited (the server-wide option still applies).</summary>
    public long? StorageQuota { get; set; }

    /// <summary>Encrypted bytes of the user's files (trash included), kept up to date on create and delete.</summary>
    public long UsageBytes { get; set; }

    public long CreationTime { get; set; }
}
