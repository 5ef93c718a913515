using EnteTui.Tests.Support;

namespace EnteTui.Tests.Account;

public class AccountAddTests(LocalServerFixture fixture) : IClassFixture<LocalServerFixture>
{
    [Fact]
    public async Task Srp_login_stores_the_account_and_it_survives_a_restart()
    {
        var email = LocalServerFixture.NewEmail();
        var created = await fixture.CreateAccountAsync(email);
        using var cli = new CliRunner();
        var exportDir = Path.Combine(cli.Home, "photos");

        var add = await cli.RunAsync(
            ["account", "add", "--endpoint", fixture.Endpoint, "--email", email, "--password-stdin", "--export-dir", exportDir],
            [LocalServerFixture.Password]);

        Assert.True(add.ExitCode == 0, add.Error);
        Assert.Contains($"Logged in as {email}", add.Out);
        using var restarted = new CliRunner(cli.Home);
        var list = await restarted.RunAsync(["account", "list"]);
        Assert.Equal(0, list.ExitCode);
        Assert.Contains(email, list.Out);
        Assert.Contains(fixture.Endpoint, list.Out);
        Assert.Contains(created.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture), list.Out);
        Assert.Contains(exportDir, list.Out);
        Assert.DoesNotContain(LocalServerFixture.Password, add.Out + add.Error + list.Out);
    }

    [Fact]
    public async Task A_wrong_password_fails_cleanly_and_stores_nothing()
    {
        var email = LocalServerFixture.NewEmail();
        await fixture.CreateAccountAsync(email);
        using var cli = new CliRunner();

        var add = await cli.RunAsync(["account", "add", "--endpoint", fixture.Endpoint, "--email", email, "--password-stdin"], ["not the password"]);

        Assert.Equal(1, add.ExitCode);
        Assert.Contains("Incorrect password", add.Error);
        Assert.DoesNotContain("not the password", add.Out + add.Error);
        var list = await cli.RunAsync(["account", "list", "--json"]);
        Assert.Equal("[]", list.Out.Trim());
    }

    [Fact]
    public async Task The_password_may_come_from_ENTE_PASSWORD()
    {
        var email = LocalServerFixture.NewEmail();
        await fixture.CreateAccountAsync(email);
        using var cli = new CliRunner().WithVariable("ENTE_PASSWORD", LocalServerFixture.Password);

        var add = await cli.RunAsync(["account", "add", "--endpoint", fixture.Endpoint, "--email", email]);

        Assert.True(add.ExitCode == 0, add.Error);
    }

    [Fact]
    public async Task Password_stdin_drops_only_the_line_ending()
    {
        var email = LocalServerFixture.NewEmail();
        await fixture.CreateAccountAsync(email);
        using var cli = new CliRunner();

        var crlf = await cli.RunAsync(["account", "add", "--endpoint", fixture.Endpoint, "--email", email, "--password-stdin"], [LocalServerFixture.Password + "\r", ""]);
        var trailingSpace = await cli.RunAsync(["account", "add", "--endpoint", fixture.Endpoint, "--email", email, "--password-stdin"], [LocalServerFixture.Password + " "]);

        Assert.True(crlf.ExitCode == 0, crlf.Error);
        Assert.Equal(1, trailingSpace.ExitCode);
    }

    [Fact]
    public async Task Without_a_terminal_a_missing_password_is_an_error_not_a_hang()
    {
        var email = LocalServerFixture.NewEmail();
        await fixture.CreateAccountAsync(email);
        using var cli = new CliRunner();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var add = await cli.RunAsync(["account", "add", "--endpoint", fixture.Endpoint, "--email", email], cancellationToken: timeout.Token);

        Assert.Equal(2, add.ExitCode);
        Assert.Contains("--password-stdin", add.Error);
        Assert.Contains("ENTE_PASSWORD", add.Error);
    }

    [Fact]
    public async Task Adding_the_same_email_again_replaces_the_session()
    {
        var email = LocalServerFixture.NewEmail();
        await fixture.CreateAccountAsync(email);
        using var cli = new CliRunner().WithVariable("ENTE_PASSWORD", LocalServerFixture.Password);
        string[] add = ["account", "add", "--endpoint", fixture.Endpoint, "--email", email];

        Assert.Equal(0, (await cli.RunAsync([.. add, "--export-dir", "/srv/photos"])).ExitCode);
        Assert.Equal(0, (await cli.RunAsync([.. add])).ExitCode);

        var list = await cli.RunAsync(["account", "list", "--json"]);
        Assert.Single(System.Text.Json.JsonDocument.Parse(list.Out).RootElement.EnumerateArray());
        Assert.Contains("/srv/photos", list.Out);
    }

    [Fact]
    public async Task An_unknown_email_fails_without_storing()
    {
        using var cli = new CliRunner().WithVariable("ENTE_PASSWORD", LocalServerFixture.Password);

        var add = await cli.RunAsync(["account", "add", "--endpoint", fixture.Endpoint, "--email", LocalServerFixture.NewEmail()]);

        Assert.NotEqual(0, add.ExitCode);
        Assert.Contains("No accounts", (await cli.RunAsync(["account", "list"])).Out);
    }

    [Fact]
    public async Task An_unreachable_endpoint_names_the_url()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var cli = new CliRunner().WithVariable("ENTE_PASSWORD", "x");

        var add = await cli.RunAsync(["account", "add", "--endpoint", $"http://127.0.0.1:{port}", "--email", "a@example.org"]);

        Assert.Equal(1, add.ExitCode);
        Assert.Contains($"http://127.0.0.1:{port}/users/srp/attributes", add.Error);
    }
}
