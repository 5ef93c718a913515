using EnteTui.Core.Accounts;
using EnteTui.Core.Api;
using EnteTui.Core.DependencyInjection;
using EnteTui.Core.Storage;
using EnteTui.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EnteTui.Tests.Account;

public class AccountManagementTests(LocalServerFixture fixture) : IClassFixture<LocalServerFixture>
{
    [Fact]
    public async Task Several_accounts_live_side_by_side_and_can_be_updated_and_removed()
    {
        var first = LocalServerFixture.NewEmail();
        var second = LocalServerFixture.NewEmail();
        await fixture.CreateAccountAsync(first);
        await fixture.CreateAccountAsync(second);
        using var cli = new CliRunner().WithVariable("ENTE_PASSWORD", LocalServerFixture.Password);
        Assert.Equal(0, (await cli.RunAsync(["account", "add", "--endpoint", fixture.Endpoint, "--email", first])).ExitCode);
        Assert.Equal(0, (await cli.RunAsync(["account", "add", "--endpoint", fixture.Endpoint + "/", "--email", second.ToUpperInvariant()])).ExitCode);

        var update = await cli.RunAsync(["account", "update", "--email", second, "--export-dir", "/srv/second", "--endpoint", "http://127.0.0.1:9/"]);
        Assert.True(update.ExitCode == 0, update.Error);

        using var restarted = new CliRunner(cli.Home);
        var list = await restarted.RunAsync(["account", "list"]);
        var lines = list.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("EMAIL", lines[0]);
        var secondLine = Assert.Single(lines, l => l.StartsWith(second, StringComparison.Ordinal));
        Assert.Contains("http://127.0.0.1:9", secondLine);
        Assert.Contains("/srv/second", secondLine);
        Assert.Contains(fixture.Endpoint, Assert.Single(lines, l => l.StartsWith(first, StringComparison.Ordinal)));

        var remove = await restarted.RunAsync(["account", "remove", "--email", first]);
        Assert.Equal(0, remove.ExitCode);
        var after = await restarted.RunAsync(["account", "list"]);
        Assert.DoesNotContain(first, after.Out);
        Assert.Contains(second, after.Out);
    }

    [Fact]
    public async Task Remove_logs_the_token_out_on_the_server()
    {
        var email = LocalServerFixture.NewEmail();
        await fixture.CreateAccountAsync(email);
        using var cli = new CliRunner().WithVariable("ENTE_PASSWORD", LocalServerFixture.Password);
        Assert.Equal(0, (await cli.RunAsync(["account", "add", "--endpoint", fixture.Endpoint, "--email", email])).ExitCode);
        var paths = AppPaths.Resolve(name => name == AppPaths.HomeVariable ? cli.Home : null);
        using var services = new ServiceCollection().AddLogging().AddEnteTuiCore(paths).BuildServiceProvider();
        using var session = services.GetRequiredService<AccountSessions>().Open(email);
        Assert.True((await session.Api.Auth.GetSessionValidityAsync(CancellationToken.None)).HasSetKeys);

        var remove = await cli.RunAsync(["account", "remove", "--email", email]);

        Assert.True(remove.ExitCode == 0, remove.Error);
        var error = await Assert.ThrowsAsync<EnteApiException>(() => session.Api.Auth.GetSessionValidityAsync(CancellationToken.None));
        Assert.Equal(EnteApiErrorKind.Unauthorized, error.Kind);
        Assert.Contains($"ente-tui account add --endpoint {fixture.Endpoint} --email {email}", error.Message);
    }

    [Fact]
    public async Task Removing_or_updating_an_unknown_account_is_a_usage_error()
    {
        using var cli = new CliRunner();

        var remove = await cli.RunAsync(["account", "remove", "--email", "nobody@example.org"]);
        var update = await cli.RunAsync(["account", "update", "--email", "nobody@example.org", "--export-dir", "/x"]);
        var nothing = await cli.RunAsync(["account", "update", "--email", "nobody@example.org"]);

        Assert.Equal(2, remove.ExitCode);
        Assert.Equal(2, update.ExitCode);
        Assert.StartsWith("Error: No account nobody@example.org is set up", update.Error, StringComparison.Ordinal);
        Assert.Equal(update.Error, remove.Error);
        Assert.Equal(2, nothing.ExitCode);
    }

    [Fact]
    public async Task A_bad_endpoint_url_is_a_usage_error()
    {
        using var cli = new CliRunner().WithVariable("ENTE_PASSWORD", "x");

        var add = await cli.RunAsync(["account", "add", "--endpoint", "ftp://example.org", "--email", "a@example.org"]);

        Assert.Equal(2, add.ExitCode);
        Assert.Contains("http(s)", add.Error);
    }
}
