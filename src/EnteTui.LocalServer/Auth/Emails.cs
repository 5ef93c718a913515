namespace EnteTui.LocalServer.Auth;

/// <summary>museum lowercases and trims every email it receives.</summary>
internal static class Emails
{
    public static string Normalize(string? email) => (email ?? "").Trim().ToLowerInvariant();
}
