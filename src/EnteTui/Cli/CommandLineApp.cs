using EnteTui.Cli.Account;
using EnteTui.Cli.Demo;
using EnteTui.Cli.Export;
using EnteTui.Cli.Parsing;
using EnteTui.Cli.Server;
using EnteTui.Cli.Takeout;
using EnteTui.Tui.Shell;

namespace EnteTui.Cli;

/// <summary>Builds the command tree and runs it. Each command group lives in its own folder.</summary>
public static class CommandLineApp
{
    public static Task<int> RunAsync(string[] args) => RunAsync(args, CliEnvironment.FromProcess(), CancellationToken.None);

    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken)
    {
        await using var host = new CliHost(environment);
        var root = BuildRoot(host);
        var invocation = new InvocationConfiguration
        {
            Output = environment.Console.Out,
            Error = environment.Console.Error,
        };
        var parse = root.Parse(args);
        host.CommandPath = CommandLineNames.PathOf(parse);
        if (ArgumentProblems.Find(parse, args) is { } problem)
        {
            return CliErrors.Usage(host, problem);
        }

        return await parse.InvokeAsync(invocation, cancellationToken);
    }

    public static RootCommand BuildRoot(CliHost host)
    {
        var root = new RootCommand("EnteTui: export Ente Photos albums and import Google Takeout into Ente.");
        foreach (var group in CommandGroups(host))
        {
            root.Add(group);
        }

        var color = TuiEntry.CreateColorOption();
        var noTui = TuiEntry.CreateNoTuiOption();
        root.Options.Add(color);
        root.Options.Add(noTui);
        root.SetAction(result => TuiEntry.Run(host, result.GetValue(color), result.GetValue(noTui)));
        return root;
    }

    private static IEnumerable<Command> CommandGroups(CliHost host)
    {
        return
        [
            AccountCommands.Create(host),
            ExportCommands.Create(host),
            TakeoutCommands.Create(host),
            ServerCommands.Create(host),
            DemoCommands.Create(host),
        ];
    }
}
