using EnteTui.Demo;
using EnteTui.LocalServer;

namespace EnteTui.Tests.Tui.RealServices;

/// <summary>
/// A local Ente server seeded with the demo library for one account (small Argon2 limits), plus
/// an email-code account and a TOTP account. Downloads can be slowed for cancel tests.
/// </summary>
public class SeededServerFixture : IAsyncLifetime
{
    public const string Email = "alice@example.org";
    public const string Password = "correct horse battery staple";
    public const string OtpEmail = "otp@example.org";

    private readonly string seed = Directory.CreateTempSubdirectory("ente-tui-seed-").FullName;
    private LocalEnteServer? server;

    public LocalEnteServer Server => server ?? throw new InvalidOperationException("not started");

    public string Endpoint => Server.BaseUrl;

    public static AccountSpec Spec(string email) => new(email, Password) { OpsLimit = 2, MemLimit = 8L * 1024 * 1024 };

    public async Task InitializeAsync()
    {
        server = await LocalEnteServer.StartAsync(LocalServerOptions.ManyLogins);
        SampleLibrary.Write(seed, DateTimeOffset.UtcNow);
        await Server.SeedAsync(seed, Spec(Email));
        await Server.CreateAccountAsync(Spec(OtpEmail) with { EmailMfa = true });
        if (Faults is { } faults)
        {
            Server.Faults.Configure(faults);
        }
    }

    /// <summary>Faults applied once seeding is done (e.g. slow downloads).</summary>
    protected virtual EnteTui.LocalServer.Faults.FaultOptions? Faults => null;

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        Directory.Delete(seed, recursive: true);
    }
}
