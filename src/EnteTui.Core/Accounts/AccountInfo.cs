namespace EnteTui.Core.Accounts;

/// <summary>
/// A stored account as anyone may see it: no keys, no token. <c>ExportDir</c> is the default export
/// folder, or null when none was set (it need not exist yet).
/// </summary>
public sealed record AccountInfo(string Email, string Endpoint, long UserId, string? ExportDir, DateTimeOffset AddedAt, DateTimeOffset UpdatedAt)
{
    /// <summary>"a@b.c (user 42) on https://…": how the CLI, logs and the session name an account.</summary>
    public static string Describe(string email, long userId, string endpoint) => $"{email} (user {userId}) on {endpoint}";

    public override string ToString() => Describe(Email, UserId, Endpoint);
}
