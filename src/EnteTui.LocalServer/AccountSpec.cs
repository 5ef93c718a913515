namespace EnteTui.LocalServer;

/// <summary>
/// An account to provision, as signup would leave it. Argon2id limits default to ops 2 / 64 MiB
/// (fast); clients must accept whatever the server sends, and tests may go lower (8 MiB).
/// </summary>
public sealed record AccountSpec(string Email, string Password)
{
    public const long DefaultMemLimit = 64L * 1024 * 1024;

    public long OpsLimit { get; init; } = 2;

    public long MemLimit { get; init; } = DefaultMemLimit;

    /// <summary>Email MFA: the SRP flow is refused (409 `EMAIL_MFA_ENABLED`) and login goes through `/users/ott`.</summary>
    public bool EmailMfa { get; init; }

    /// <summary>Base32 TOTP secret; when set, login needs `/users/two-factor/verify` (see <see cref="Auth.Totp"/>).</summary>
    public string? TotpSecret { get; init; }

    /// <summary>Passkey second factor: login answers with a `passkeySessionID` to poll until verified.</summary>
    public bool Passkey { get; init; }

    /// <summary>
    /// Passkey only: the "browser" approves each passkey session by itself this long after the login
    /// created it, measured on the server's <see cref="LocalServerOptions.Time"/>. Null: only
    /// <see cref="LocalEnteServer.VerifyPasskeySession"/> (or opening the verify link) approves.
    /// </summary>
    public TimeSpan? PasskeyApprovalDelay { get; init; }

    /// <summary>This user's storage quota in encrypted bytes (overrides the server-wide one).</summary>
    public long? StorageQuotaBytes { get; init; }
}
