using EnteTui.Cli.Hosting;
using EnteTui.Core.Accounts;
using EnteTui.Core.Accounts.Login;
using EnteTui.Core.Export;
using EnteTui.Core.Import;
using EnteTui.Core.Storage;
using EnteTui.Core.Takeout.State;
using EnteTui.Tests.Support;
using EnteTui.Tui;
using EnteTui.Tui.Adapters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EnteTui.Tests.Cli;

/// <summary>The CLI's composition root (<see cref="CliHost"/>) gives every command the real services it asks for.</summary>
public sealed class CompositionTests : IAsyncLifetime
{
    private readonly DirectoryInfo home = Directory.CreateTempSubdirectory("ente-tui-composition-");
    private CliHost host = null!;

    public static TheoryData<string, Type> ServicesEachCommandResolves => new()
    {
        { "account add/list/remove/default", typeof(AccountStore) },
        { "account add/list/remove/default", typeof(AccountSessions) },
        { "account add (login)", typeof(LoginFlowFactory) },
        { "export", typeof(ExportService) },
        { "takeout import", typeof(TakeoutImportService) },
        { "takeout scan", typeof(TakeoutStateStore) },
        { "the TUI", typeof(AppPaths) },
    };

    public Task InitializeAsync()
    {
        host = new CliHost(new CliEnvironment(new TestConsole(), name => name == AppPaths.HomeVariable ? home.FullName : null));
        return Task.CompletedTask;
    }

    [Theory]
    [MemberData(nameof(ServicesEachCommandResolves))]
    public void A_command_resolves_the_real_service_once_per_run(string command, Type service)
    {
        var resolved = host.Services.GetRequiredService(service);

        Assert.True(resolved.GetType() == service, $"{command}: {service.Name} resolved as {resolved.GetType().Name}");
        Assert.Same(resolved, host.Services.GetRequiredService(service));
    }

    [Fact]
    public void Services_use_the_state_paths_of_the_environment_and_the_system_clock()
    {
        var paths = host.Get<AppPaths>();

        Assert.Equal(Path.Combine(home.FullName, "state"), paths.StateDir);
        Assert.True(Directory.Exists(paths.StateDir));
        Assert.Same(TimeProvider.System, host.Get<TimeProvider>());
    }

    [Fact]
    public void The_server_command_logs_through_a_real_logger_factory()
    {
        var factory = host.Get<ILoggerFactory>();

        Assert.IsNotType<NullLoggerFactory>(factory);
        Assert.True(factory.CreateLogger("composition").IsEnabled(LogLevel.Information));
    }

    [Fact]
    public void The_tui_backends_are_the_adapters_over_the_service_layer()
    {
        var services = host.Get<TuiServices>();

        Assert.IsType<AccountsAdapter>(services.Accounts);
        Assert.IsType<AlbumsAdapter>(services.Albums);
        Assert.IsType<ExportAdapter>(services.Export);
        Assert.IsType<EnteTui.Tui.Adapters.Takeout.TakeoutAdapter>(services.Takeout);
        Assert.Same(services, host.Get<TuiServices>());
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        home.Delete(recursive: true);
    }
}
