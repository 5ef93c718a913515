using EnteTui.Tui.Adapters;
using EnteTui.Tui.Adapters.Takeout;
using EnteTui.Tui.Screens.Accounts;
using EnteTui.Tui.Screens.Albums;
using EnteTui.Tui.Screens.ExportProgress;
using EnteTui.Tui.Screens.TakeoutWizard;
using Microsoft.Extensions.DependencyInjection;

namespace EnteTui.Tui;

/// <summary>
/// Registers the TUI's backends: the adapters over the service layer (<c>AddEnteTuiCore</c>) behind
/// the screens' interfaces, and <see cref="TuiServices"/> that hands them to the screens.
/// </summary>
public static class TuiServiceCollectionExtensions
{
    /// <summary>How long a continuous export waits between two checks for changes.</summary>
    public static readonly TimeSpan WatchInterval = TimeSpan.FromMinutes(5);

    public static IServiceCollection AddTui(this IServiceCollection services)
    {
        services.AddSingleton<SessionCache>();
        services.AddSingleton<SelectionFile>();
        services.AddSingleton<WizardSessionFile>();
        services.AddSingleton<IAccountsBackend, AccountsAdapter>();
        services.AddSingleton<IAlbumsBackend, AlbumsAdapter>();
        services.AddSingleton<IExportBackend>(provider => new ExportAdapter(
            provider.GetRequiredService<ExportService>(),
            provider.GetRequiredService<SessionCache>(),
            provider.GetRequiredService<AccountStore>(),
            provider.GetRequiredService<TimeProvider>(),
            WatchInterval));
        services.AddSingleton<ITakeoutBackend, TakeoutAdapter>();
        services.AddSingleton<TuiServices>();
        return services;
    }
}
