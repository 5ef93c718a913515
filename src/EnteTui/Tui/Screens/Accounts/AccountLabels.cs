namespace EnteTui.Tui.Screens.Accounts;

/// <summary>How the screens name a stored account: a key for per-account preferences and the server label.</summary>
public static class AccountLabels
{
    /// <summary>A stable key for per-account preferences: the lower-case email at the server's authority.</summary>
    public static string KeyOf(string email, string endpoint) => $"{email.ToLowerInvariant()}@{new Uri(endpoint).Authority}";

    extension(AccountInfo account)
    {
        public string Key => KeyOf(account.Email, account.Endpoint);

        public string ServerLabel => Endpoints.Describe(account.Endpoint);
    }
}
