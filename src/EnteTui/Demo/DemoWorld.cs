using EnteTui.Core.Accounts.Login;
using EnteTui.Core.Storage;
using EnteTui.LocalServer;
using EnteTui.LocalServer.Faults;
using EnteTui.Tui.Adapters.Takeout;
using EnteTui.Tui.Screens.TakeoutWizard;

namespace EnteTui.Demo;

/// <summary>
/// Everything `ente-tui demo` stands on: a local server seeded with the sample library, the sample
/// Takeout parts, and an EnteTui state directory of its own (never the user's) already logged in.
/// Disposing stops the server and deletes the folder unless it was given with --data.
/// </summary>
public sealed class DemoWorld : IAsyncDisposable
{
    private readonly string root;
    private readonly bool temporary;

    private DemoWorld(string root, bool temporary, LocalEnteServer server, CliHost host)
    {
        this.root = root;
        this.temporary = temporary;
        Server = server;
        Host = host;
    }

    public LocalEnteServer Server { get; }

    /// <summary>The composition root over the demo's own state directory.</summary>
    public CliHost Host { get; }

    public AccountInfo Account { get; private set; } = null!;

    public IReadOnlyList<string> TakeoutParts { get; private set; } = [];

    public string ExportDirectory => Path.Combine(root, "export");

    public static async Task<DemoWorld> StartAsync(CliEnvironment outside, DemoOptions options, CancellationToken cancellationToken)
    {
        var temporary = options.DataDirectory is null;
        var root = temporary ? Directory.CreateTempSubdirectory("ente-tui-demo-").FullName : Path.GetFullPath(options.DataDirectory!);
        OwnerOnlyFiles.CreateDirectory(root);
        var home = Path.Combine(root, "home");
        var environment = new CliEnvironment(outside.Console, name => name == AppPaths.HomeVariable ? home : outside.GetVariable(name));
        LocalEnteServer? server = null;
        try
        {
            server = await LocalEnteServer.StartAsync(new LocalServerOptions { DataDirectory = Path.Combine(root, "server"), Output = TextWriter.Null }, cancellationToken);
            var world = new DemoWorld(root, temporary, server, new CliHost(environment));
            await world.PrepareAsync(options, cancellationToken);
            return world;
        }
        catch
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }

            DeleteQuietly(root, temporary);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Server.DisposeAsync();
        DeleteQuietly(root, temporary);
    }

    private async Task PrepareAsync(DemoOptions options, CancellationToken cancellationToken)
    {
        if (Server.FindAccount(DemoAccounts.Email) is null)
        {
            var seed = Path.Combine(root, "sample-library");
            SampleLibrary.Write(seed, DateTimeOffset.UtcNow);
            await Server.SeedAsync(seed, DemoAccounts.Main, cancellationToken);
            await Server.CreateAccountAsync(DemoAccounts.SecondFactor);
            Directory.Delete(seed, recursive: true);
        }

        var takeout = Path.Combine(root, "takeout");
        TakeoutParts = Directory.Exists(takeout)
            ? Directory.GetFiles(takeout).Order(StringComparer.Ordinal).ToList()
            : SampleTakeout.Write(takeout);
        OfferTakeoutInWizard();
        Account = await LogInAsync(cancellationToken);
        if (options.Latency > TimeSpan.Zero)
        {
            Server.Faults.Configure(new FaultOptions { Latency = options.Latency });
        }
    }

    /// <summary>The wizard opens on the sample Takeout unless it has a place of its own already (a kept --data folder).</summary>
    private void OfferTakeoutInWizard()
    {
        var wizard = Host.Get<WizardSessionFile>();
        if (wizard.Load() is null)
        {
            wizard.Save(new WizardSession(TakeoutParts, WizardStage.Parts));
        }
    }

    /// <summary>Logs in with the real SRP flow (once; a kept --data folder stays logged in).</summary>
    private async Task<AccountInfo> LogInAsync(CancellationToken cancellationToken)
    {
        var store = Host.Get<AccountStore>();
        if (store.Find(DemoAccounts.Email) is { } known && known.Endpoint == Server.BaseUrl)
        {
            return known;
        }

        var flow = Host.Get<LoginFlowFactory>().Create(Server.BaseUrl, DemoAccounts.Email);
        var step = await flow.StartAsync(sendEmailCode: false, cancellationToken);
        if (step is NeedPassword)
        {
            step = await flow.SubmitPasswordAsync(DemoAccounts.Password, cancellationToken);
        }

        return step is LoginCompleted done
            ? store.Save(done.Result, ExportDirectory)
            : throw new InvalidOperationException($"The demo login stopped at {step.GetType().Name}.");
    }

    private static void DeleteQuietly(string root, bool temporary)
    {
        if (!temporary)
        {
            return;
        }

        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is harmless; the next demo makes a new one.
        }
    }
}
