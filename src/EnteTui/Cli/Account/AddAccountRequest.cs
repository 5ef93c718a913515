namespace EnteTui.Cli.Account;

/// <summary>The inputs of `account add` (codes may be null: then they are prompted for, or the command stops).</summary>
internal sealed record AddAccountRequest(
    string Endpoint, string Email, bool PasswordFromStdin, string? EmailCode, string? TotpCode, string? ExportDir, TimeSpan PasskeyTimeout);
