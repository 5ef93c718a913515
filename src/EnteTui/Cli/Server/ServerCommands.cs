using EnteTui.LocalServer;
using EnteTui.LocalServer.Faults;
using Microsoft.Extensions.Logging;

namespace EnteTui.Cli.Server;

/// <summary>
/// `ente-tui server`: a local Ente-compatible server for tests, demos and offline trials. Prints
/// `Listening on http://127.0.0.1:PORT` as its first stdout line once seeding is done, then serves
/// until Ctrl+C or SIGTERM. Real use targets Ente's servers.
/// </summary>
public static class ServerCommands
{
    public static Command Create(CliHost host)
    {
        var options = new ServerCommandOptions();
        var command = new Command("server", "Run a local Ente-compatible server (tests, demos, offline trials; not for real use).");
        foreach (var option in options.All)
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) => CliErrors.RunAsync(host, cancellationToken, () => RunAsync(host, options, parse, cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(CliHost host, ServerCommandOptions o, ParseResult parse, CancellationToken cancellationToken)
    {
        var account = new AccountSpec(parse.GetValue(o.Email)!, parse.GetValue(o.Password)!)
        {
            OpsLimit = parse.GetValue(o.OpsLimit),
            MemLimit = parse.GetValue(o.MemLimit),
            EmailMfa = parse.GetValue(o.EmailMfa),
            TotpSecret = parse.GetValue(o.TotpSecret),
            Passkey = parse.GetValue(o.Passkey),
            PasskeyApprovalDelay = parse.GetValue(o.PasskeyApproveAfter) is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
        };
        var loggerFactory = host.Get<ILoggerFactory>();
        var serverOptions = new LocalServerOptions
        {
            Port = parse.GetValue(o.Port),
            DataDirectory = parse.GetValue(o.Data),
            DiffPageLimit = parse.GetValue(o.PageSize),
            StorageQuotaBytes = parse.GetValue(o.Quota),
            Faults = Faults(o, parse),
            Output = host.Console.Out,
            ConfigureLogging = logging => logging.AddProvider(new ForwardingLoggerProvider(loggerFactory)),
            EnableAdminApi = !parse.GetValue(o.NoAdmin),
            AuthRateLimitPerMinute = Math.Max(0, parse.GetValue(o.AuthRateLimit)),
        };

        await using var server = await LocalEnteServer.StartAsync(serverOptions, cancellationToken);
        await PrepareAccountAsync(host, server, account, parse.GetValue(o.Seed), cancellationToken);
        await host.Console.Out.WriteLineAsync($"Listening on {server.BaseUrl}");
        await host.Console.Out.FlushAsync(cancellationToken);
        await WaitForShutdownAsync(cancellationToken);
        return ExitCodes.Success;
    }

    private static async Task PrepareAccountAsync(CliHost host, LocalEnteServer server, AccountSpec account, string? seed, CancellationToken cancellationToken)
    {
        if (server.FindAccount(account.Email) is not null)
        {
            await host.Console.Error.WriteLineAsync($"Account {account.Email} already exists in {server.DataDirectory}; not seeding again.");
            return;
        }

        if (seed is null)
        {
            await server.CreateAccountAsync(account);
            return;
        }

        var result = await server.SeedAsync(seed, account, cancellationToken);
        await host.Console.Error.WriteLineAsync($"Seeded {result.FileCount} files in {result.Albums.Count} albums ({result.Skipped.Count} paths skipped).");
    }

    private static async Task WaitForShutdownAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or SIGTERM: stop serving and exit cleanly.
        }
    }

    private static FaultOptions Faults(ServerCommandOptions o, ParseResult parse) => new()
    {
        TooManyRequestsRate = parse.GetValue(o.Fail429),
        ServerErrorRate = parse.GetValue(o.Fail500),
        ConnectionResetRate = parse.GetValue(o.FailReset),
        RetryAfterSeconds = parse.GetValue(o.RetryAfter),
        Latency = TimeSpan.FromMilliseconds(parse.GetValue(o.LatencyMs)),
        Seed = parse.GetValue(o.FaultSeed),
        IncludePaths = parse.GetValue(o.FaultInclude) ?? [],
        ExcludePaths = parse.GetValue(o.FaultExclude) ?? [],
    };
}
