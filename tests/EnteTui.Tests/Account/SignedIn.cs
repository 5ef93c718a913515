using EnteTui.Core.Accounts;
using EnteTui.Core.Accounts.Login;
using EnteTui.Core.DependencyInjection;
using EnteTui.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace EnteTui.Tests.Account;

/// <summary>
/// Logs in through the public Core API exactly as export/import code would use it: LoginFlow →
/// AccountStore.Save → AccountSessions.Open. Owns a temp app home.
/// </summary>
public sealed class SignedIn : IDisposable
{
    private readonly string home;
    private readonly ServiceProvider services;

    private SignedIn(string home, ServiceProvider services, AccountSession session)
    {
        this.home = home;
        this.services = services;
        Session = session;
    }

    public AccountSession Session { get; }

    public static async Task<SignedIn> LogInAsync(string endpoint, string email, string password)
    {
        var home = Directory.CreateTempSubdirectory("ente-tui-signed-in-").FullName;
        var paths = AppPaths.Resolve(name => name == AppPaths.HomeVariable ? home : null).EnsureCreated();
        var services = new ServiceCollection().AddLogging().AddEnteTuiCore(paths).BuildServiceProvider();
        var flow = services.GetRequiredService<LoginFlowFactory>().Create(endpoint, email);
        var step = await flow.StartAsync();
        step = await flow.SubmitPasswordAsync(password);
        var done = Assert.IsType<LoginCompleted>(step);
        services.GetRequiredService<AccountStore>().Save(done.Result);
        return new SignedIn(home, services, services.GetRequiredService<AccountSessions>().Open(email));
    }

    public void Dispose()
    {
        Session.Dispose();
        services.Dispose();
        Directory.Delete(home, recursive: true);
    }
}
