using EnteTui.Cli.Hosting;
using EnteTui.Demo;
using EnteTui.LocalServer.Auth;
using EnteTui.Tests.Support;
using EnteTui.Tests.Tui.Support;
using EnteTui.Tui;
using EnteTui.Tui.Screens.Accounts;
using EnteTui.Tui.Screens.Albums;
using Terminal.Gui.Input;

namespace EnteTui.Tests.Tui.Demo;

public class DemoSecondFactorTests
{
    [Fact]
    public async Task Real_server_with_passkey_and_totp_offers_the_choice_and_a_real_code_logs_in()
    {
        await using var world = await DemoWorld.StartAsync(new CliEnvironment(new TestConsole(), _ => null), new DemoOptions(), CancellationToken.None);
        using var tui = new TuiHarness(world.Host.Get<TuiServices>(), 80, 24);
        tui.WaitForText(DemoAccounts.Email);

        tui.Press(Key.A);
        var login = tui.CurrentAs<LoginScreen>();
        login.Form.Server.SetFocus();
        tui.Press(Key.Space);
        tui.Type(world.Server.BaseUrl);
        login.Form.Email.SetFocus();
        tui.Type(DemoAccounts.SecondFactorEmail);
        tui.Press(Key.CursorDown);
        tui.Type(DemoAccounts.Password);
        tui.Press(Key.Enter);

        tui.WaitForText("Second factor", TimeSpan.FromSeconds(60));
        tui.Press(Key.A);
        tui.WaitForText("6-digit code");
        tui.Type(Totp.Compute(DemoAccounts.TotpSecret, DateTimeOffset.UtcNow));
        tui.Press(Key.Enter);

        tui.WaitFor(() => tui.Current is AlbumsScreen, "the albums screen", TimeSpan.FromSeconds(60));
        Assert.Contains(DemoAccounts.SecondFactorEmail, tui.Text);
    }
}
