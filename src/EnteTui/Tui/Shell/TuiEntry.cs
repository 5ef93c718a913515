using EnteTui.Cli;
using EnteTui.Tui.Theme;

namespace EnteTui.Tui.Shell;

/// <summary>The root command's options and action: <c>ente-tui</c> with no command opens the TUI.</summary>
public static class TuiEntry
{
    public static Option<string> CreateColorOption()
    {
        var option = new Option<string>("--color")
        {
            Description = "Colours of the interactive screen: auto, 16 or never (NO_COLOR is respected)",
            DefaultValueFactory = _ => "auto",
            Recursive = true,
        };
        option.AcceptOnlyFromAmong(ColorModes.OptionValues);
        return option;
    }

    public static Option<bool> CreateNoTuiOption() => new("--no-tui")
    {
        Description = "Never open the interactive screen (for scripts and cron)",
        Recursive = true,
    };

    public static int Run(CliHost host, string? color, bool noTui)
    {
        if (TerminalGate.Refusal(host.Console, noTui) is { } reason)
        {
            TerminalGate.Explain(host.Console, reason);
            return ExitCodes.Usage;
        }

        ColorModes.TryParse(color, out var requested);
        var mode = ColorModes.Resolve(requested, host.Environment.GetVariable);
        return TuiRunner.Run(host.Get<TuiServices>(), new TuiSettings(mode), host.Console.Out);
    }
}
