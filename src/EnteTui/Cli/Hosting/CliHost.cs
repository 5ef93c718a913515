using EnteTui.Core.Api;
using EnteTui.Core.DependencyInjection;
using EnteTui.Core.Media;
using EnteTui.Tui;
using Microsoft.Extensions.DependencyInjection;

namespace EnteTui.Cli.Hosting;

/// <summary>
/// The composition root of one command-line run. Services are built on first use, so `--help`
/// and parse errors never touch the state directory.
/// </summary>
public sealed class CliHost : IAsyncDisposable
{
    private readonly Lazy<ServiceProvider> services;

    public CliHost(CliEnvironment environment)
    {
        Environment = environment;
        services = new Lazy<ServiceProvider>(BuildServices);
    }

    public CliEnvironment Environment { get; }

    public ICliConsole Console => Environment.Console;

    /// <summary>The command being run, as typed (e.g. `ente-tui export`), for the "See '... --help'" hint.</summary>
    public string CommandPath { get; set; } = CommandLineNames.Tool;

    public IServiceProvider Services => services.Value;

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        if (services.IsValueCreated)
        {
            await services.Value.DisposeAsync();
        }
    }

    private ServiceProvider BuildServices()
    {
        var paths = Environment.Paths.EnsureCreated();
        var collection = new ServiceCollection()
            .AddSingleton(Environment)
            .AddSingleton(Environment.Console)
            .AddSingleton(EnteHttpOptions.FromEnvironment(Environment.GetVariable))
            .AddSingleton(MediaToolOptions.FromEnvironment(Environment.GetVariable))
            .AddEnteTuiCore(paths)
            .AddTui()
            .AddFileLogging(paths, Environment.GetVariable(FileLoggingExtensions.LevelVariable));
        if (Environment.Time is { } time)
        {
            collection.AddSingleton(time);
        }

        return collection.BuildServiceProvider();
    }
}
