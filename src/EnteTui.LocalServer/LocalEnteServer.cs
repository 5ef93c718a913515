using EnteTui.LocalServer.Auth;
using EnteTui.LocalServer.Faults;
using EnteTui.LocalServer.Fixtures;
using EnteTui.LocalServer.Seeding;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace EnteTui.LocalServer;

/// <summary>
/// An Ente-compatible server ("museum" as the protocol notes describe it) on 127.0.0.1 for tests,
/// demos and offline trials: real HTTP, real crypto, state in LiteDB plus a blob folder. Besides the
/// Ente API it offers test-only helpers (accounts, seeding, mutations, faults), also over HTTP under
/// `/__admin/...`. Real use targets Ente's servers.
/// </summary>
public sealed class LocalEnteServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ServerComponents components;
    private readonly bool ownsDataDirectory;

    private LocalEnteServer(WebApplication app, ServerComponents components, bool ownsDataDirectory, int port)
    {
        this.app = app;
        this.components = components;
        this.ownsDataDirectory = ownsDataDirectory;
        Port = port;
        BaseUrl = $"http://127.0.0.1:{port}";
    }

    /// <summary>`http://127.0.0.1:PORT`, the API endpoint clients use.</summary>
    public string BaseUrl { get; }

    public int Port { get; }

    public string DataDirectory => components.DataDirectory;

    /// <summary>Random and scheduled faults; reconfigurable while running.</summary>
    public FaultInjector Faults => components.Faults;

    /// <summary>Soft limit of diff pages (museum: 2500).</summary>
    public int DiffPageLimit
    {
        get => components.Settings.DiffPageLimit;
        set => components.Settings.DiffPageLimit = value;
    }

    /// <summary>Server-wide per-user storage quota in encrypted bytes; null for none.</summary>
    public long? StorageQuotaBytes
    {
        get => components.Settings.StorageQuota;
        set => components.Settings.StorageQuota = value;
    }

    /// <summary>Counters of what clients did (token headers on downloads, rate-limited logins).</summary>
    public ServerStats Stats => components.Stats;

    /// <summary>museum's login-path limit per client, path and minute; 0 for none (see <see cref="LocalServerOptions.AuthRateLimitPerMinute"/>).</summary>
    public int AuthRateLimitPerMinute
    {
        get => components.Settings.AuthRateLimitPerMinute;
        set => components.Settings.AuthRateLimitPerMinute = value;
    }

    internal ServerComponents Components => components;

    public static async Task<LocalEnteServer> StartAsync(LocalServerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var owns = options.DataDirectory is null;
        var dataDirectory = options.DataDirectory ?? Path.Combine(Path.GetTempPath(), $"ente-local-server-{Guid.NewGuid():N}");
        var components = new ServerComponents(Path.GetFullPath(dataDirectory), options);
        try
        {
            var app = ServerApp.Build(options, components);
            await app.StartAsync(cancellationToken);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new LocalEnteServer(app, components, owns, new Uri(address).Port);
        }
        catch
        {
            components.Dispose();
            throw;
        }
    }

    /// <summary>Provisions an account as signup would (Argon2id with the spec's limits, SRP verifier, key pair).</summary>
    public Task<ServerAccount> CreateAccountAsync(AccountSpec spec) => Task.Run(() => AccountProvisioner.Provision(components.Database, spec));

    /// <summary>The account with this email, or null.</summary>
    public ServerAccount? FindAccount(string email)
    {
        var normalized = Emails.Normalize(email);
        var user = components.Database.Read(d => d.Users.FindOne(u => u.Email == normalized));
        return user is null ? null : new ServerAccount(user.Id, user.Email);
    }

    /// <summary>The test server acting as this provisioned user's client (mutations, queries).</summary>
    public FixtureUser User(string email) => FixtureUsers.For(components, email);

    /// <summary>
    /// Seeds <paramref name="account"/> (provisioned first when it does not exist) from a folder tree,
    /// encrypting every file as Ente's web client uploads it. See <see cref="SeedConventions"/>.
    /// </summary>
    public Task<SeedResult> SeedAsync(string folder, AccountSpec account, CancellationToken cancellationToken = default) =>
        new FolderSeeder(spec => FixtureUsers.EnsureAsync(components, spec), account).SeedAsync(folder, cancellationToken);

    /// <summary>
    /// Test shortcut (no Ente endpoint does this): a fresh token for the account, as a completed login
    /// under <paramref name="clientPackage"/> would give, skipping SRP and second factors.
    /// </summary>
    public string IssueToken(string email, string clientPackage = "io.ente.photos")
    {
        var normalized = Emails.Normalize(email);
        var app = ClientApp.OfPackage(clientPackage);
        return components.Database.Write(d =>
        {
            var user = d.Users.FindOne(u => u.Email == normalized) ?? throw new InvalidOperationException($"No account {normalized}.");
            return Authorizer.IssueTokenValue(d, user, app);
        });
    }

    /// <summary>Test shortcut: every auth token currently issued to the account (to prove none leaks anywhere).</summary>
    public IReadOnlyList<string> TokensOf(string email)
    {
        var normalized = Emails.Normalize(email);
        return components.Database.Read(d =>
        {
            var user = d.Users.FindOne(u => u.Email == normalized) ?? throw new InvalidOperationException($"No account {normalized}.");
            return d.Tokens.Find(t => t.UserId == user.Id).Select(t => t.Token).ToList();
        });
    }

    /// <summary>Damages a stored file for hostile-server tests (see <see cref="FileCorruption"/>).</summary>
    public void CorruptFile(long fileId, FileCorruption corruption) => FileCorrupter.Apply(components, fileId, corruption);

    /// <summary>The last one-time code "emailed" to this address, or null.</summary>
    public string? LatestOtt(string email) => app.Services.GetRequiredService<ServerNotices>().LatestOtt(email);

    /// <summary>Completes a passkey ceremony for a session (what the browser would do). False when unknown.</summary>
    public bool VerifyPasskeySession(string passkeySessionId) => SecondFactorLogin.MarkPasskeyVerified(components.Database, passkeySessionId);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        components.Dispose();
        if (ownsDataDirectory)
        {
            try
            {
                Directory.Delete(components.DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless.
            }
        }
    }
}
