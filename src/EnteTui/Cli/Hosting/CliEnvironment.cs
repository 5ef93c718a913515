using EnteTui.Core.Storage;

namespace EnteTui.Cli.Hosting;

/// <summary>What a command run sees of the outside world: console, environment variables, state paths.</summary>
public sealed record CliEnvironment(ICliConsole Console, Func<string, string?> GetVariable)
{
    public static CliEnvironment FromProcess() => new(new SystemConsole(), Environment.GetEnvironmentVariable);

    public AppPaths Paths { get; } = AppPaths.Resolve(GetVariable);

    /// <summary>The clock of the run; null: the system's. Tests pass a FakeTimeProvider.</summary>
    public TimeProvider? Time { get; init; }
}
