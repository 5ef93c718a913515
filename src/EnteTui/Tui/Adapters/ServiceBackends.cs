using EnteTui.Cli.Hosting;

namespace EnteTui.Tui.Adapters;

/// <summary>Builds the TUI's backends over the service layer. Adapters are the only code that knows both worlds.</summary>
public static class ServiceBackends
{
    public static TuiServices Create(CliHost host)
    {
        _ = host;
        var pending = new PendingBackend();
        return new TuiServices(pending, pending, pending, pending);
    }
}
