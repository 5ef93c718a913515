namespace EnteTui.Core.Accounts;

/// <summary>Emails identify accounts; the server trims and lower-cases them (spec §2.7), and so do we.</summary>
public static class AccountEmail
{
    public static string Normalize(string email)
    {
        var normalized = email?.Trim().ToLowerInvariant() ?? "";
        if (normalized.Length < 3 || !normalized.Contains('@', StringComparison.Ordinal) || normalized.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException($"'{email}' is not an email address.", nameof(email));
        }

        return normalized;
    }
}
