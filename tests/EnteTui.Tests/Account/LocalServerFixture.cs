using EnteTui.LocalServer;
using EnteTui.Tests.Support;

namespace EnteTui.Tests.Account;

/// <summary>One local Ente server per test class; each test provisions its own account on it.</summary>
public sealed class LocalServerFixture : IAsyncLifetime
{
    public const string Password = "correct horse battery staple";

    private LocalEnteServer? server;

    public LocalEnteServer Server => server ?? throw new InvalidOperationException("not started");

    public string Endpoint => Server.BaseUrl;

    public static string NewEmail() => $"user-{Guid.NewGuid():N}@example.org";

    /// <summary>An account with small Argon2 limits (the client must take whatever the server sends).</summary>
    public Task<ServerAccount> CreateAccountAsync(string email, Func<AccountSpec, AccountSpec>? configure = null)
    {
        var spec = new AccountSpec(email, Password) { OpsLimit = 2, MemLimit = 8L * 1024 * 1024 };
        return Server.CreateAccountAsync(configure is null ? spec : configure(spec));
    }

    /// <summary>A new account, logged in with `account add` in its own <see cref="CliRunner"/> home.</summary>
    public async Task<(CliRunner Cli, string Email)> LoggedInCliAsync()
    {
        var email = NewEmail();
        await CreateAccountAsync(email);
        var cli = new CliRunner();
        var add = await cli.RunAsync(["account", "add", "--endpoint", Endpoint, "--email", email, "--password-stdin"], [Password]);
        Assert.True(add.ExitCode == 0, add.Error);
        return (cli, email);
    }

    public async Task InitializeAsync() => server = await LocalEnteServer.StartAsync(LocalServerOptions.ManyLogins);

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
