using EnteTui.Tui.Screens.Accounts;

namespace EnteTui.Tui.Adapters;

/// <summary>The service layer's account record as the screens see it.</summary>
public static class AccountMapping
{
    public static AccountInfo ToScreen(this Core.Accounts.AccountInfo account) =>
        new(account.Email, account.Endpoint, account.ExportDir);
}
