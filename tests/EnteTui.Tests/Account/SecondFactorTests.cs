using EnteTui.Fixtures;
using EnteTui.LocalServer.Auth;
using EnteTui.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace EnteTui.Tests.Account;

public class SecondFactorTests(LocalServerFixture fixture) : IClassFixture<LocalServerFixture>
{
    [Fact]
    public async Task Email_code_login_sends_a_code_then_accepts_it_with_otp()
    {
        var email = LocalServerFixture.NewEmail();
        await fixture.CreateAccountAsync(email, spec => spec with { EmailMfa = true });
        using var cli = new CliRunner();
        string[] add = ["account", "add", "--endpoint", fixture.Endpoint, "--email", email, "--password-stdin"];

        var first = await cli.RunAsync(add, [LocalServerFixture.Password]);
        Assert.Equal(2, first.ExitCode);
        Assert.Contains("--otp", first.Error);
        var code = fixture.Server.LatestOtt(email);
        Assert.NotNull(code);

        var wrong = await cli.RunAsync([.. add, "--otp", code == "000000" ? "111111" : "000000"], [LocalServerFixture.Password]);
        Assert.Equal(1, wrong.ExitCode);
        Assert.Contains("Incorrect code", wrong.Error);

        var second = await cli.RunAsync([.. add, "--otp", code], [LocalServerFixture.Password]);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Equal(code, fixture.Server.LatestOtt(email));
        Assert.Contains(email, (await cli.RunAsync(["account", "list"])).Out);
    }

    [Fact]
    public async Task Email_code_login_with_a_wrong_password_stores_nothing()
    {
        var email = LocalServerFixture.NewEmail();
        await fixture.CreateAccountAsync(email, spec => spec with { EmailMfa = true });
        using var cli = new CliRunner();
        string[] add = ["account", "add", "--endpoint", fixture.Endpoint, "--email", email, "--password-stdin"];
        await cli.RunAsync(add, ["wrong"]);

        var result = await cli.RunAsync([.. add, "--otp", fixture.Server.LatestOtt(email)!], ["wrong"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Incorrect password", result.Error);
        Assert.Equal("[]", (await cli.RunAsync(["account", "list", "--json"])).Out.Trim());
    }

    [Fact]
    public async Task Totp_login_takes_the_code_from_the_option()
    {
        var email = LocalServerFixture.NewEmail();
        var secret = Totp.NewSecret();
        await fixture.CreateAccountAsync(email, spec => spec with { TotpSecret = secret });
        using var cli = new CliRunner().WithVariable("ENTE_PASSWORD", LocalServerFixture.Password);
        string[] add = ["account", "add", "--endpoint", fixture.Endpoint, "--email", email];

        var missing = await cli.RunAsync(add);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("--totp", missing.Error);

        var wrongCode = Totp.Compute(secret, DateTimeOffset.UtcNow.AddHours(1));
        var wrong = await cli.RunAsync([.. add, "--totp", wrongCode]);
        Assert.Equal(1, wrong.ExitCode);
        Assert.Contains("Incorrect authenticator code", wrong.Error);
        Assert.Equal("[]", (await cli.RunAsync(["account", "list", "--json"])).Out.Trim());

        var ok = await cli.RunAsync([.. add, "--totp", Totp.Compute(secret, DateTimeOffset.UtcNow)]);
        Assert.True(ok.ExitCode == 0, ok.Error);
    }

    [Fact]
    public async Task Passkey_login_prints_the_url_and_polls_until_verified()
    {
        var email = LocalServerFixture.NewEmail();
        await fixture.CreateAccountAsync(email, spec => spec with { Passkey = true });
        var clock = new FakeTimeProvider();
        using var cli = new CliRunner { Time = clock }
            .WithVariable("ENTE_PASSWORD", LocalServerFixture.Password)
            .WithVariable("ENTE_TUI_HTTP_TIMEOUT_S", "3600");
        using var http = new HttpClient();
        var approved = false;
        var console = new WatchingConsole(line =>
        {
            var url = line.Trim();
            if (url.Contains("/passkeys/verify?passkeySessionID=", StringComparison.Ordinal))
            {
                // What the browser would do: open the accounts page, which completes the ceremony.
                _ = Task.Run(async () =>
                {
                    (await http.GetAsync(url)).EnsureSuccessStatusCode();
                    approved = true;
                });
            }
        });

        // The app's clock stands still until the browser has approved, then polls come on fake time.
        var add = await FakeClockDriver.RunAsync(clock, cli.RunAsync(["account", "add", "--endpoint", fixture.Endpoint, "--email", email], console), TimeSpan.FromMinutes(2), () => Volatile.Read(ref approved));

        Assert.True(add.ExitCode == 0, add.Error);
        Assert.Contains("&redirect=ente-cli://passkey&clientPackage=io.ente.photos", add.Out);
        Assert.Contains($"Logged in as {email}", add.Out);
    }

    [Fact]
    public async Task Passkey_and_totp_accounts_may_use_the_totp_code_instead()
    {
        var email = LocalServerFixture.NewEmail();
        var secret = Totp.NewSecret();
        await fixture.CreateAccountAsync(email, spec => spec with { Passkey = true, TotpSecret = secret });
        using var cli = new CliRunner().WithVariable("ENTE_PASSWORD", LocalServerFixture.Password);

        var add = await cli.RunAsync(["account", "add", "--endpoint", fixture.Endpoint, "--email", email, "--totp", Totp.Compute(secret, DateTimeOffset.UtcNow)]);

        Assert.True(add.ExitCode == 0, add.Error);
        Assert.DoesNotContain("passkey", add.Out, StringComparison.OrdinalIgnoreCase);
    }
}
