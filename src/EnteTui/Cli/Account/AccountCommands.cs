using EnteTui.Cli.Export;
using EnteTui.Core.Api;

namespace EnteTui.Cli.Account;

/// <summary>`ente-tui account add|list|remove|update`: the Ente accounts this machine can export from and import into.</summary>
public static class AccountCommands
{
    public static Command Create(CliHost host)
    {
        var account = new Command("account", "Add, list, update and remove Ente accounts.");
        account.Add(Add(host));
        account.Add(List(host));
        account.Add(Remove(host));
        account.Add(Update(host));
        return account;
    }

    private static Command Add(CliHost host)
    {
        var endpoint = new Option<string>("--endpoint") { Description = $"API URL of the Ente server (default {EnteEndpoint.Production}).", DefaultValueFactory = _ => EnteEndpoint.Production };
        var email = EmailOption();
        var passwordStdin = new Option<bool>("--password-stdin") { Description = $"Read the password from the first line of standard input (else {PasswordInput.EnvironmentVariable}, else a prompt)." };
        var otp = new Option<string?>("--otp") { Description = "The one-time code emailed by Ente (for accounts that log in by email code)." };
        var totp = new Option<string?>("--totp") { Description = "The 6-digit code from the authenticator app (two-factor accounts)." };
        var exportDir = new Option<string?>("--export-dir") { Description = "Default export folder for this account (created on first export)." };
        var passkeyTimeout = new Option<string>("--passkey-timeout")
        {
            Description = "How long to wait for a passkey approval (e.g. 90s, 10m, 1h); Enter checks at once.",
            DefaultValueFactory = _ => "10m",
        };
        var command = new Command("add", "Log in to an Ente account and store its session (adding an existing email replaces it).")
        {
            endpoint, email, passwordStdin, otp, totp, exportDir, passkeyTimeout,
        };
        command.SetAction((parse, cancellationToken) => CliErrors.RunAsync(host, cancellationToken, async () =>
        {
            if (!IntervalParser.TryParse(parse.GetValue(passkeyTimeout), out var passkeyWait))
            {
                throw new ArgumentException("--passkey-timeout must look like 90s, 10m or 1h.");
            }

            var request = new AddAccountRequest(
                EnteEndpoint.Normalize(parse.GetValue(endpoint)!),
                AccountEmail.Normalize(parse.GetValue(email)!),
                parse.GetValue(passwordStdin),
                NullIfBlank(parse.GetValue(otp)),
                NullIfBlank(parse.GetValue(totp)),
                NullIfBlank(parse.GetValue(exportDir)),
                passkeyWait);
            var (result, exitCode) = await new ConsoleLogin(host, request).RunAsync(cancellationToken);
            if (result is null)
            {
                return exitCode;
            }

            var saved = host.Get<AccountStore>().Save(result, request.ExportDir);
            host.Console.Out.WriteLine($"Logged in as {saved}.");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command List(CliHost host)
    {
        var json = new Option<bool>("--json") { Description = "Print the accounts as a JSON array." };
        var command = new Command("list", "List the stored accounts (email, endpoint, user id, export folder; never secrets).") { json };
        command.SetAction((parse, cancellationToken) => CliErrors.RunAsync(host, cancellationToken, () =>
        {
            var accounts = host.Get<AccountStore>().List();
            if (parse.GetValue(json))
            {
                IReadOnlyList<AccountListRow> rows = [.. accounts.Select(a => new AccountListRow(a.Email, a.Endpoint, a.UserId, a.ExportDir))];
                JsonReport.Write(host.Console.Out, rows, ReportJsonContext.Default.IReadOnlyListAccountListRow, JsonReport.Compact);
            }
            else if (accounts.Count == 0)
            {
                host.Console.Out.WriteLine($"No accounts. {AccountHints.Add()}");
            }
            else
            {
                AccountTable.Write(host.Console.Out, accounts);
            }

            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    private static Command Remove(CliHost host)
    {
        var email = EmailOption();
        var keepToken = new Option<bool>("--no-logout") { Description = "Do not ask the server to invalidate the stored token (e.g. when offline)." };
        var command = new Command("remove", "Log out and forget an account and its stored session on this machine.") { email, keepToken };
        command.SetAction((parse, cancellationToken) => CliErrors.RunAsync(host, cancellationToken, async () =>
        {
            var store = host.Get<AccountStore>();
            var address = store.Get(parse.GetValue(email)!).Email;

            if (!parse.GetValue(keepToken))
            {
                await TryLogoutAsync(host, address, cancellationToken);
            }

            store.Remove(address);
            host.Console.Out.WriteLine($"Removed {address}.");
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>Best effort: <c>POST /users/logout</c> so the token dies with the local copy; a failure only warns.</summary>
    private static async Task TryLogoutAsync(CliHost host, string email, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(15));
        try
        {
            using var session = host.Get<AccountSessions>().Open(email);
            await session.Api.Auth.LogoutAsync(timeout.Token);
        }
        catch (Exception e) when (e is EnteApiException { Kind: not EnteApiErrorKind.Unauthorized } or AccountException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            host.Console.Error.WriteLine($"Note: could not log out on the server ({(e is OperationCanceledException ? "timed out" : e.Message)}); removing the local copy anyway.");
        }
        catch (EnteApiException)
        {
            // 401: the token was already invalid, which is what logging out wants.
        }
    }

    private static Command Update(CliHost host)
    {
        var email = EmailOption();
        var exportDir = new Option<string?>("--export-dir") { Description = "New default export folder." };
        var endpoint = new Option<string?>("--endpoint") { Description = "New API URL (for a server that moved; the session is kept)." };
        var command = new Command("update", "Change an account's export folder or endpoint.") { email, exportDir, endpoint };
        command.SetAction((parse, cancellationToken) => CliErrors.RunAsync(host, cancellationToken, () =>
        {
            var newDir = NullIfBlank(parse.GetValue(exportDir));
            var newEndpoint = NullIfBlank(parse.GetValue(endpoint));
            if (newDir is null && newEndpoint is null)
            {
                throw new UsageException("nothing to change: pass --export-dir and/or --endpoint");
            }

            var updated = host.Get<AccountStore>().Update(parse.GetValue(email)!, newDir, newEndpoint);
            host.Console.Out.WriteLine($"Updated {updated.Email}: endpoint {updated.Endpoint}, export folder {updated.ExportDir ?? "(not set)"}.");
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    private static Option<string> EmailOption() => new("--email") { Description = "The account's email address.", Required = true };

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
