namespace EnteTui.Tui.Screens.Accounts;

/// <summary>What the accounts and login screens need from the service layer.</summary>
public interface IAccountsBackend
{
    Task<IReadOnlyList<AccountInfo>> ListAsync(CancellationToken cancellationToken);

    Task RemoveAsync(AccountInfo account, CancellationToken cancellationToken);

    /// <summary>Starts a fresh login conversation with a server.</summary>
    ILoginFlow StartLogin();
}
