using EnteTui.Core.Accounts.Login;
using EnteTui.Tui.Screens.Accounts;

namespace EnteTui.Tui.Adapters;

/// <summary>The accounts screen over the account store and the login state machine.</summary>
public sealed class AccountsAdapter(AccountStore store, LoginFlowFactory flows, SessionCache sessions) : IAccountsBackend
{
    public Task<IReadOnlyList<AccountInfo>> ListAsync(CancellationToken cancellationToken) =>
        Task.Run<IReadOnlyList<AccountInfo>>(() => store.List().ToList(), cancellationToken);

    public Task RemoveAsync(AccountInfo account, CancellationToken cancellationToken) =>
        Task.Run(
            () =>
            {
                sessions.Forget(account.Email);
                store.Remove(account.Email);
            },
            cancellationToken);

    public ILoginFlow StartLogin() => new LoginFlowAdapter(store, flows, sessions);
}
