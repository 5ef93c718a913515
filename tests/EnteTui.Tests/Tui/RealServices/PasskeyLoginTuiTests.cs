using System.Text.RegularExpressions;
using EnteTui.LocalServer;
using EnteTui.Tui.Screens.Accounts;
using EnteTui.Tui.Screens.Albums;
using Microsoft.Extensions.Time.Testing;
using Terminal.Gui.Input;

namespace EnteTui.Tests.Tui.RealServices;

/// <summary>The login screen's passkey wait against the local server with museum's limit on, on a fake clock shared with the server.</summary>
public sealed partial class PasskeyLoginTuiTests
{
    private const string Email = "passkey@example.org";

    [Theory]
    [InlineData(45)]
    [InlineData(180)]
    public async Task A_passkey_approved_after_a_while_logs_in_and_the_screen_shows_the_wait(int approvalSeconds)
    {
        var clock = new FakeTimeProvider();
        await using var server = await LocalEnteServer.StartAsync(new LocalServerOptions { Time = clock });
        await server.CreateAccountAsync(SeededServerFixture.Spec(Email) with { Passkey = true, PasskeyApprovalDelay = TimeSpan.FromSeconds(approvalSeconds) });
        using var real = new RealTui(time: clock);
        var tui = real.Tui;

        real.SubmitLogin(server.BaseUrl, Email, SeededServerFixture.Password);
        tui.WaitForText("passkeySessionID=", TimeSpan.FromSeconds(60));
        var shown = clock.GetUtcNow();
        tui.WaitFor(
            () =>
            {
                clock.Advance(TimeSpan.FromSeconds(1));
                return tui.Text.Contains("next check in", StringComparison.Ordinal);
            },
            "the wait's status line");
        Assert.Contains("check now", tui.Text, StringComparison.OrdinalIgnoreCase);
        tui.WaitFor(
            () =>
            {
                clock.Advance(TimeSpan.FromMilliseconds(500));
                return tui.Current is AlbumsScreen;
            },
            "the album list",
            TimeSpan.FromSeconds(120));

        // Not before the approval. No upper bound: this test advances the fake clock while it polls the
        // screen, so how far it runs on past the login depends on the machine's speed, not on the app.
        Assert.True(clock.GetUtcNow() - shown >= TimeSpan.FromSeconds(approvalSeconds - 2), $"logged in {clock.GetUtcNow() - shown} after the link, before the approval");
        Assert.Equal(0, server.Stats.RateLimitedRequests);
    }

    [Fact]
    public async Task Enter_on_the_passkey_step_checks_at_once()
    {
        var clock = new FakeTimeProvider();
        await using var server = await LocalEnteServer.StartAsync(new LocalServerOptions { Time = clock });
        await server.CreateAccountAsync(SeededServerFixture.Spec(Email) with { Passkey = true });
        using var real = new RealTui(time: clock);
        var tui = real.Tui;

        real.SubmitLogin(server.BaseUrl, Email, SeededServerFixture.Password);
        tui.WaitForText("passkeySessionID=", TimeSpan.FromSeconds(60));
        var session = SessionId().Match(tui.CurrentAs<LoginScreen>().Form.PasskeyText).Groups[1].Value;
        Assert.True(server.VerifyPasskeySession(session));
        tui.Press(Key.Enter);

        tui.WaitFor(() => tui.Current is AlbumsScreen, "the album list", TimeSpan.FromSeconds(60));
        Assert.Equal(TimeSpan.Zero, clock.GetUtcNow() - clock.Start);
    }

    [GeneratedRegex("passkeySessionID=([^&\\s]+)")]
    private static partial Regex SessionId();
}
