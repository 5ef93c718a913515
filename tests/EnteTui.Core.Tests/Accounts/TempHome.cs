using EnteTui.Core.Accounts;
using EnteTui.Core.Api;
using EnteTui.Core.DependencyInjection;
using EnteTui.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace EnteTui.Core.Tests.Accounts;

/// <summary>A throw-away app home with the core services built on it.</summary>
internal sealed class TempHome : IDisposable
{
    public TempHome()
    {
        Root = Directory.CreateTempSubdirectory("ente-tui-accounts-").FullName;
        Paths = AppPaths.Resolve(name => name == AppPaths.HomeVariable ? Root : null).EnsureCreated();
        Services = Build();
    }

    public string Root { get; }

    public AppPaths Paths { get; }

    public ServiceProvider Services { get; private set; }

    public AccountStore Store => Services.GetRequiredService<AccountStore>();

    public AccountSessions Sessions => Services.GetRequiredService<AccountSessions>();

    public EnteApiClientFactory Clients => Services.GetRequiredService<EnteApiClientFactory>();

    /// <summary>Throws the services away and builds new ones on the same directories, like a new app run.</summary>
    public void Restart()
    {
        Services.Dispose();
        Services = Build();
    }

    public void Dispose()
    {
        Services.Dispose();
        Directory.Delete(Root, recursive: true);
    }

    private ServiceProvider Build() => new ServiceCollection().AddLogging().AddEnteTuiCore(Paths).BuildServiceProvider();
}
