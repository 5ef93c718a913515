using EnteTui.Core.Accounts;
using EnteTui.Core.DependencyInjection;
using EnteTui.Core.Storage;
using EnteTui.LocalServer;
using EnteTui.LocalServer.Auth;
using EnteTui.Tests.Export;
using EnteTui.Tests.Import;
using EnteTui.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EnteTui.Tests.Security;

/// <summary>
/// One complete run at the most verbose log level against the local server, shared by the security
/// tests: an account added with an emailed code, one with an authenticator code, an export and a
/// Takeout import. Collects every secret the run handled and everything it printed.
/// </summary>
public sealed class FullRun : IAsyncLifetime
{
    public const string Password = "correct horse battery staple";

    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("ente-secure-");
    private LocalEnteServer? server;

    public CliRunner Cli { get; } = new CliRunner().WithVariable("ENTE_TUI_LOG_LEVEL", "trace");

    public string ExportRoot => Path.Combine(work.FullName, "export");

    /// <summary>Name → bytes (or UTF-8 text) of every secret the run handled.</summary>
    public Dictionary<string, byte[]> Secrets { get; } = [];

    /// <summary>Everything the commands wrote to stdout and stderr.</summary>
    public List<string> Printed { get; } = [];

    public AppPaths Paths => AppPaths.Resolve(name => name == AppPaths.HomeVariable ? Cli.Home : null);

    public async Task InitializeAsync()
    {
        server = await LocalEnteServer.StartAsync(new LocalServerOptions { DataDirectory = Path.Combine(work.FullName, "server") });
        var seed = Path.Combine(work.FullName, "seed", "Trip");
        Directory.CreateDirectory(seed);
        File.WriteAllBytes(Path.Combine(seed, "a.jpg"), ExportScenario.Bytes("a"));
        File.WriteAllBytes(Path.Combine(seed, "b.jpg"), ExportScenario.Bytes("b"));
        var mailed = $"mailed-{Guid.NewGuid():N}@example.org";
        await server.SeedAsync(Path.Combine(work.FullName, "seed"), new AccountSpec(mailed, Password) { OpsLimit = 1, MemLimit = 8L * 1024 * 1024, EmailMfa = true });
        var totpSecret = Totp.NewSecret();
        var authenticated = $"totp-{Guid.NewGuid():N}@example.org";
        await server.CreateAccountAsync(new AccountSpec(authenticated, Password) { OpsLimit = 1, MemLimit = 8L * 1024 * 1024, TotpSecret = totpSecret });

        string[] addMailed = ["account", "add", "--endpoint", server.BaseUrl, "--email", mailed, "--password-stdin"];
        await RunAsync(addMailed, [Password], expectedExit: 2);
        var code = server.LatestOtt(mailed)!;
        await RunAsync([.. addMailed, "--otp", code], [Password]);
        var totpCode = Totp.Compute(totpSecret, DateTimeOffset.UtcNow);
        await RunAsync(["account", "add", "--endpoint", server.BaseUrl, "--email", authenticated, "--password-stdin", "--totp", totpCode], [Password]);

        await RunAsync(["export", "--dir", ExportRoot, "--email", mailed, "--json"]);
        var parts = new SampleTakeout().Write(Path.Combine(work.FullName, "parts"));
        await RunAsync(["takeout", "import", .. parts, "--email", mailed, "--json"]);
        await RunAsync(["export", "--dir", ExportRoot, "--email", mailed]);

        AddText("password", Password);
        AddText("email code", code);
        AddText("authenticator code", totpCode);
        AddText("authenticator secret", totpSecret);
        foreach (var (token, i) in server.TokensOf(mailed).Concat(server.TokensOf(authenticated)).Select((t, i) => (t, i)))
        {
            AddText($"auth token {i}", token);
        }

        Secrets["device key"] = File.ReadAllBytes(Path.Combine(Paths.ConfigDir, DeviceKey.FileName));
        using var services = new ServiceCollection().AddEnteTuiCore(Paths).BuildServiceProvider();
        foreach (var email in new[] { mailed, authenticated })
        {
            using var session = services.GetRequiredService<AccountSessions>().Open(email);
            Secrets[$"master key of {email}"] = session.Keys.MasterKey.ToArray();
            Secrets[$"secret key of {email}"] = session.Keys.SecretKey.ToArray();
        }
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        Cli.Dispose();
        work.Delete(recursive: true);
    }

    private async Task RunAsync(string[] args, string[]? input = null, int expectedExit = 0)
    {
        var result = await Cli.RunAsync(args, input);
        Printed.Add(result.Out);
        Printed.Add(result.Error);
        Assert.True(result.ExitCode == expectedExit, $"{string.Join(' ', args)} exited {result.ExitCode}: {result.Error}{result.Out}");
    }

    private void AddText(string name, string value) => Secrets[name] = System.Text.Encoding.UTF8.GetBytes(value);
}
