namespace EnteTui.Core.Accounts;

/// <summary>
/// A logged-in account ready for export or import: its info, an authenticated API client and the
/// decrypted keys. Dispose it when done (the keys are zeroed). ToString prints no secret.
/// </summary>
public sealed class AccountSession : IDisposable
{
    internal AccountSession(AccountInfo account, EnteApiClient api, AccountKeys keys)
    {
        Account = account;
        Api = api;
        Keys = keys;
    }

    public AccountInfo Account { get; }

    public long UserId => Account.UserId;

    public string Email => Account.Email;

    /// <summary>Sends <c>X-Auth-Token</c> to the account's endpoint (and nowhere else).</summary>
    public EnteApiClient Api { get; }

    public AccountKeys Keys { get; }

    public void Dispose() => Keys.Dispose();

    public override string ToString() => Account.ToString();
}
