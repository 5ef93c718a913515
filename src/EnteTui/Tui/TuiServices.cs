using EnteTui.Tui.Screens.Accounts;
using EnteTui.Tui.Screens.Albums;
using EnteTui.Tui.Screens.ExportProgress;
using EnteTui.Tui.Screens.TakeoutWizard;

namespace EnteTui.Tui;

/// <summary>The backends the screens stand on; adapters implement them over the service layer.</summary>
public sealed record TuiServices(
    IAccountsBackend Accounts,
    IAlbumsBackend Albums,
    IExportBackend Export,
    ITakeoutBackend Takeout);
