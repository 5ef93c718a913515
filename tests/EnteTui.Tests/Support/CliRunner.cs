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

    /// <summary>The clock of the runs (e.g. a FakeTimeProvider); null: the system's.</summary>
    public TimeProvider? Time { get; set; }

    public CliRunner WithVariable(string name, string value)
    {
        variables[name] = value;
        return this;
    }

    public Task<CliResult> RunAsync(string[] args, IEnumerable<string>? input = null, CancellationToken cancellationToken = default) =>
        RunAsync(args, new TestConsole(input), cancellationToken);

    /// <summary>Runs with a console the test controls (e.g. an interactive one, or one that reacts to output).</summary>
    /// <remarks>The console's Out and Error must return their text from ToString (StringWriter does).</remarks>
    public async Task<CliResult> RunAsync(string[] args, ICliConsole console, CancellationToken cancellationToken = default)
    {
        var environment = new CliEnvironment(console, name => variables.GetValueOrDefault(name)) { Time = Time };
        var exitCode = await CommandLineApp.RunAsync(args, environment, cancellationToken);
        return new CliResult(exitCode, console.Out.ToString() ?? "", console.Error.ToString() ?? "");
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
