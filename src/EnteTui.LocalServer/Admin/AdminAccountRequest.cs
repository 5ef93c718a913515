namespace EnteTui.LocalServer.Admin;

/// <summary>Body of `POST /__admin/accounts` and the account part of `POST /__admin/seed`.</summary>
internal sealed class AdminAccountRequest
{
    public string Email { get; set; } = "";

    public string Password { get; set; } = "";

    public long? OpsLimit { get; set; }

    public long? MemLimit { get; set; }

    public bool EmailMfa { get; set; }

    public string? TotpSecret { get; set; }

    public bool Passkey { get; set; }

    /// <summary>Seconds after which a passkey session approves itself (on the server's clock); null: never by itself.</summary>
    public double? PasskeyApprovalSeconds { get; set; }

    public long? StorageQuotaBytes { get; set; }

    /// <summary>For `POST /__admin/seed`: the folder to seed from (a path on the server's machine).</summary>
    public string? Folder { get; set; }

    public AccountSpec ToSpec()
    {
        var spec = new AccountSpec(Email, Password) { EmailMfa = EmailMfa, TotpSecret = TotpSecret, Passkey = Passkey, PasskeyApprovalDelay = PasskeyApprovalSeconds is { } s ? TimeSpan.FromSeconds(s) : null, StorageQuotaBytes = StorageQuotaBytes };
        spec = OpsLimit is { } ops ? spec with { OpsLimit = ops } : spec;
        return MemLimit is { } mem ? spec with { MemLimit = mem } : spec;
    }
}
