using EnteTui.Cli;
using EnteTui.Cli.Hosting;

namespace EnteTui.Tests.Support;

/// <summary>Runs `ente-tui` in-process with its own state directory and environment.</summary>
public sealed class CliRunner : IDisposable
{
    private readonly Dictionary<string, string> variables = new();

    public CliRunner(string? home = null)
    {
        Home = home ?? Directory.CreateTempSubdirectory("ente-tui-home-").FullName;
        variables["ENTE_TUI_HOME"] = Home;
        variables["HOME"] = Home;
    }

    public string Home { get; }

    public CliRunner WithVariable(string name, string value)
    {
        variables[name] = value;
        return this;
    }

    public async Task<CliResult> RunAsync(string[] args, IEnumerable<string>? input = null, CancellationToken cancellationToken = default, bool interactive = false)
    {
        var console = new TestConsole(input, interactive);
        var environment = new CliEnvironment(console, name => variables.GetValueOrDefault(name));
        var exitCode = await CommandLineApp.RunAsync(args, environment, cancellationToken);
        return new CliResult(exitCode, console.OutWriter.ToString(), console.ErrorWriter.ToString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Home, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
