namespace EnteTui.Core.Accounts;

/// <summary>Picks the account a command works on and opens its decrypted session.</summary>
public sealed class AccountSessions
{
    private readonly AccountStore store;
    private readonly EnteApiClientFactory clients;

    public AccountSessions(AccountStore store, EnteApiClientFactory clients)
    {
        this.store = store;
        this.clients = clients;
    }

    /// <summary>
    /// The account named by <paramref name="email"/>, or the only account when it is null. Throws
    /// <see cref="AccountException"/> when there is none, or several and no email (listing them).
    /// </summary>
    public AccountInfo Resolve(string? email)
    {
        if (!string.IsNullOrWhiteSpace(email))
        {
            return store.Get(email);
        }

        var accounts = store.List();
        return accounts.Count switch
        {
            1 => accounts[0],
            0 => throw new AccountException($"No account is set up yet. {AccountHints.Add()}"),
            _ => throw new AccountException(
                "Several accounts are set up; choose one with --email:"
                + string.Concat(accounts.Select(a => $"{Environment.NewLine}  {a.Email} ({a.Endpoint})"))),
        };
    }

    /// <summary>Resolves the account (see <see cref="Resolve"/>) and decrypts its keys and token.</summary>
    public AccountSession Open(string? email)
    {
        var account = Resolve(email);
        var secrets = store.LoadSecrets(account.Email);
        var api = clients.Create(secrets.Account.Endpoint, secrets.Token, secrets.Account.Email);
        return new AccountSession(secrets.Account, api, secrets.Keys);
    }
}
