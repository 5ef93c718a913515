using EnteTui.Demo;
using EnteTui.Tui;
using EnteTui.Tui.Shell;
using EnteTui.Tui.Theme;

namespace EnteTui.Cli.Demo;

/// <summary>
/// `ente-tui demo [--data DIR] [--latency MS]`: a local server with the sample library, the sample
/// Takeout parts, a login into a state directory of its own, then the TUI on that account.
/// Refuses without a terminal like the TUI itself (exit 2), before starting anything.
/// </summary>
public static class DemoCommands
{
    public static Command Create(CliHost host)
    {
        var data = new Option<string?>("--data") { Description = "Keep the demo's server, state and sample Takeout in DIR between runs (default: a temp folder deleted on exit)" };
        var latency = new Option<int>("--latency") { Description = "Delay every server answer by MS milliseconds (to watch downloads in flight)", DefaultValueFactory = _ => 0 };
        var command = new Command("demo", "Try EnteTui with no account: a local server with sample albums and a sample Google Takeout, then the interactive screens.")
        {
            data,
            latency,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(host, parse, new DemoOptions(parse.GetValue(data), TimeSpan.FromMilliseconds(Math.Max(0, parse.GetValue(latency)))), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliHost host, ParseResult parse, DemoOptions options, CancellationToken cancellationToken)
    {
        if (TerminalGate.Refusal(host.Console, parse.GetValue<bool>("--no-tui")) is { } reason)
        {
            TerminalGate.Explain(host.Console, reason);
            return ExitCodes.Usage;
        }

        ColorModes.TryParse(parse.GetValue<string>("--color"), out var requested);
        var mode = ColorModes.Resolve(requested, host.Environment.GetVariable);
        await host.Console.Error.WriteLineAsync("Starting the demo: local server, sample library, sample Takeout…");
        await using var world = await DemoWorld.StartAsync(host.Environment, options, cancellationToken);
        var exit = TuiRunner.Run(world.Host.Get<TuiServices>(), new TuiSettings(mode), host.Console.Out, world.Account);
        await host.Console.Out.WriteLineAsync($"Demo finished; the local server at {world.Server.BaseUrl} was stopped.");
        return exit;
    }
}
