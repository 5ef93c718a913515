using Terminal.Gui.Drivers;

namespace EnteTui.Tui.Shell;

/// <summary>
/// Decides whether the TUI may start. Without a terminal (cron, pipes, <c>--no-tui</c>) a
/// Terminal.Gui app would wait forever, so it must never reach <c>Init</c>.
/// </summary>
public static class TerminalGate
{
    /// <summary>Null when the TUI may start, else the reason to print.</summary>
    public static string? Refusal(ICliConsole console, bool noTui)
    {
        if (noTui)
        {
            return "the interactive screen is off (--no-tui).";
        }

        if (console.IsInputRedirected || console.IsOutputRedirected)
        {
            return "stdin or stdout is not a terminal.";
        }

        return Driver.IsAttachedToTerminal(out _, out _) ? null : "there is no terminal attached.";
    }

    public static void Explain(ICliConsole console, string reason)
    {
        console.Error.WriteLine($"ente-tui: not starting the interactive screen: {reason}");
        console.Error.WriteLine("Run a command instead (for example `ente-tui export`), or see `ente-tui --help`.");
    }
}
