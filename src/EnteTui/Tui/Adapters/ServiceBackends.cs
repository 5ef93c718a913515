using EnteTui.Cli.Hosting;
using EnteTui.Core.Accounts;
using EnteTui.Core.Accounts.Login;
using EnteTui.Core.Export;
using EnteTui.Core.Import;
using EnteTui.Core.Storage;
using EnteTui.Core.Takeout.State;
using EnteTui.Tui.Adapters.Takeout;

namespace EnteTui.Tui.Adapters;

/// <summary>
/// The TUI's backends over the service layer, for one run. The adapters are the only code that
/// knows both the screens' interfaces and the service layer.
/// </summary>
public sealed class ServiceBackends : IDisposable
{
    public static readonly TimeSpan WatchInterval = TimeSpan.FromMinutes(5);

    private readonly SessionCache sessions;

    public ServiceBackends(IServiceProvider services, IReadOnlyList<string>? takeoutParts = null)
    {
        T Get<T>()
            where T : notnull => (T)(services.GetService(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not registered."));
        sessions = new SessionCache(Get<AccountSessions>());
        var store = Get<AccountStore>();
        var export = Get<ExportService>();
        var time = Get<TimeProvider>();
        Services = new TuiServices(
            new AccountsAdapter(store, Get<LoginFlowFactory>(), sessions),
            new AlbumsAdapter(export, sessions, new SelectionFile(Get<AppPaths>()), store),
            new ExportAdapter(export, sessions, store, time, WatchInterval),
            new TakeoutAdapter(Get<TakeoutImportService>(), Get<TakeoutStateStore>(), sessions, new WizardSessionFile(Get<AppPaths>(), takeoutParts)));
    }

    public TuiServices Services { get; }

    public static ServiceBackends Create(CliHost host) => new(host.Services);

    public void Dispose() => sessions.Dispose();
}
