namespace EnteTui.Core.Accounts;

/// <summary>What to run when an account is missing: one wording for the store's errors and `account list`.</summary>
public static class AccountHints
{
    public static string Add(string email = "EMAIL") => $"Add one with `ente-tui account add --endpoint URL --email {email}`.";
}
