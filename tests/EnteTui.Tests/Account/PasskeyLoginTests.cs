using EnteTui.Fixtures;
using EnteTui.LocalServer;
using EnteTui.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace EnteTui.Tests.Account;

/// <summary>
/// `account add` for a passkey account against the local server with museum's login-path limit on,
/// on a fake clock shared by the app and the server: approvals that take a person 45 s or 3 min.
/// </summary>
public sealed class PasskeyLoginTests
{
    [Theory]
    [InlineData(45)]
    [InlineData(180)]
    public async Task A_passkey_approved_after_a_while_logs_in_within_museums_limits(int approvalSeconds)
    {
        var clock = new FakeTimeProvider();
        await using var server = await LocalEnteServer.StartAsync(new LocalServerOptions { Time = clock });
        var email = await PasskeyAccountAsync(server, TimeSpan.FromSeconds(approvalSeconds));
        using var cli = Cli(clock);
        DateTimeOffset? shown = null;
        var console = new WatchingConsole(line => shown ??= line.Contains("passkeySessionID=", StringComparison.Ordinal) ? clock.GetUtcNow() : null);

        // The clock stands still until the link is shown, so the wait is measured from the session's start.
        var add = await FakeClockDriver.RunAsync(clock, cli.RunAsync(Add(server, email), console), TimeSpan.FromMinutes(8), () => shown is not null);

        Assert.True(add.ExitCode == 0, add.Error);
        Assert.Contains($"Logged in as {email}", add.Out, StringComparison.Ordinal);
        Assert.NotNull(shown);
        // Polls come every 7 s; the clock also runs on while the account is stored after the login.
        Assert.InRange(clock.GetUtcNow() - shown.Value, TimeSpan.FromSeconds(approvalSeconds), TimeSpan.FromSeconds(approvalSeconds + 30));
        Assert.Equal(0, server.Stats.RateLimitedRequests);
    }

    [Fact]
    public async Task A_429_while_waiting_is_pending_and_the_login_still_succeeds()
    {
        var clock = new FakeTimeProvider();
        await using var server = await LocalEnteServer.StartAsync(new LocalServerOptions { Time = clock, AuthRateLimitPerMinute = 3 });
        var email = await PasskeyAccountAsync(server, TimeSpan.FromMinutes(3));
        using var cli = Cli(clock);

        var add = await FakeClockDriver.RunAsync(clock, cli.RunAsync(Add(server, email)), TimeSpan.FromMinutes(8));

        Assert.True(add.ExitCode == 0, add.Error);
        Assert.True(server.Stats.RateLimitedRequests > 0, "the stricter limit was never reached");
        // The same words as the TUI's login screen (Reporting/PasskeyWaitText).
        Assert.Matches(@"The server limits how often this may be checked; next check in \d+ s \(gives up in \d+ min\)\.", add.Out);
    }

    [Fact]
    public async Task Enter_checks_at_once()
    {
        var clock = new FakeTimeProvider();
        await using var server = await LocalEnteServer.StartAsync(new LocalServerOptions { Time = clock });
        var email = await PasskeyAccountAsync(server, approvalDelay: null);
        using var cli = Cli(clock);
        using var keyboard = new KeyboardFeed();
        using var browser = new HttpClient();
        var console = new WatchingConsole(
            line =>
            {
                if (line.Contains("/passkeys/verify?passkeySessionID=", StringComparison.Ordinal))
                {
                    // The browser finishes the ceremony, then the user presses Enter; the fake clock never moves.
                    _ = Task.Run(async () =>
                    {
                        (await browser.GetAsync(line.Trim())).EnsureSuccessStatusCode();
                        keyboard.PressEnter();
                    });
                }
            },
            keyboard);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var add = await cli.RunAsync(Add(server, email), console, timeout.Token);

        Assert.True(add.ExitCode == 0, add.Error);
        Assert.Contains("press Enter to check now", add.Out, StringComparison.Ordinal);
        Assert.Contains($"Logged in as {email}", add.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_wait_ends_after_passkey_timeout_with_one_line()
    {
        var clock = new FakeTimeProvider();
        await using var server = await LocalEnteServer.StartAsync(new LocalServerOptions { Time = clock });
        var email = await PasskeyAccountAsync(server, approvalDelay: null);
        using var cli = Cli(clock);

        var add = await FakeClockDriver.RunAsync(clock, cli.RunAsync([.. Add(server, email), "--passkey-timeout", "2m"]), TimeSpan.FromMinutes(6));

        Assert.Equal(1, add.ExitCode);
        Assert.Contains("not approved within 120 s", add.Error, StringComparison.Ordinal);
        Assert.Equal(0, server.Stats.RateLimitedRequests);
        Assert.Equal("[]", (await cli.RunAsync(["account", "list", "--json"])).Out.Trim());
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("5 minutes")]
    [InlineData("0")]
    public async Task A_bad_passkey_timeout_is_exit_2_with_one_line(string value)
    {
        using var cli = new CliRunner();

        var add = await cli.RunAsync(["account", "add", "--endpoint", "http://127.0.0.1:9", "--email", "a@example.org", "--passkey-timeout", value]);

        Assert.Equal(2, add.ExitCode);
        Assert.Single(add.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("--passkey-timeout", add.Error, StringComparison.Ordinal);
    }

    private static async Task<string> PasskeyAccountAsync(LocalEnteServer server, TimeSpan? approvalDelay)
    {
        var email = LocalServerFixture.NewEmail();
        await server.CreateAccountAsync(new AccountSpec(email, LocalServerFixture.Password)
        {
            OpsLimit = 2,
            MemLimit = 8L * 1024 * 1024,
            Passkey = true,
            PasskeyApprovalDelay = approvalDelay,
        });
        return email;
    }

    private static CliRunner Cli(FakeTimeProvider clock) =>
        new CliRunner { Time = clock }
            .WithVariable("ENTE_PASSWORD", LocalServerFixture.Password)
            .WithVariable("ENTE_TUI_HTTP_TIMEOUT_S", "3600");

    private static string[] Add(LocalEnteServer server, string email) => ["account", "add", "--endpoint", server.BaseUrl, "--email", email];
}
