using EnteTui.Tests.Tui.Fakes;
using EnteTui.Tests.Tui.Support;
using EnteTui.Tui.Screens.Accounts;
using EnteTui.Tui.Screens.Albums;
using Terminal.Gui.Input;

namespace EnteTui.Tests.Tui.Screens;

public class LoginScreenTests
{
    [Fact]
    public void Wrong_password_shows_the_error_in_place_and_a_retry_logs_in()
    {
        var fakes = new FakeServices();
        using var tui = new TuiHarness(fakes.Build());
        tui.Press(Key.A);
        var login = tui.CurrentAs<LoginScreen>();

        tui.Type("alice@example.com");
        tui.Press(Key.CursorDown);
        tui.Type("wrong");
        Assert.DoesNotContain("wrong", tui.Text);
        tui.Press(Key.Enter);

        tui.WaitForText("Incorrect password");
        Assert.Same(login, tui.Current);
        Assert.True(login.Form.Password.HasFocus);

        tui.Type("secret");
        tui.Press(Key.Enter);

        tui.WaitFor(() => tui.Current is AlbumsScreen, "the albums screen");
        Assert.Single(fakes.Accounts.Stored);
        Assert.Equal("begin https://api.ente.com alice@example.com", fakes.Accounts.Calls[0]);
        tui.WaitForText("Holiday 2023");
    }

    [Fact]
    public void Email_code_step_retries_a_wrong_code()
    {
        var fakes = new FakeServices();
        using var tui = new TuiHarness(fakes.Build());
        tui.Press(Key.A);

        tui.Type("otp@example.com");
        tui.Press(Key.Enter);
        tui.WaitForText("Ente sent a code to otp@example.com");

        tui.Type("000000");
        tui.Press(Key.Enter);
        tui.WaitForText("Incorrect code");

        tui.CurrentAs<LoginScreen>().Form.CodeField.Text = string.Empty;
        tui.Type("123456");
        tui.Press(Key.Enter);
        tui.WaitFor(() => tui.Current is AlbumsScreen, "the albums screen");
    }

    [Fact]
    public void Totp_step_asks_for_the_authenticator_code()
    {
        var fakes = new FakeServices();
        using var tui = new TuiHarness(fakes.Build());
        tui.Press(Key.A);
        tui.Type("totp@example.com");
        tui.Press(Key.CursorDown);
        tui.Type("secret");
        tui.Press(Key.Enter);

        tui.WaitForText("authenticator app");
        tui.Type("123456");
        tui.Press(Key.Enter);

        tui.WaitFor(() => tui.Current is AlbumsScreen, "the albums screen");
    }

    [Fact]
    public void Passkey_step_shows_the_url_and_a_qr_code_then_continues_when_verified()
    {
        var fakes = new FakeServices();
        using var tui = new TuiHarness(fakes.Build(), 120, 45);
        tui.Press(Key.A);
        tui.Type("passkey@example.com");
        tui.Press(Key.CursorDown);
        tui.Type("secret");
        tui.Press(Key.Enter);

        tui.WaitForText("passkeySessionID=abc");
        var screen = tui.Text;
        Assert.Contains("Waiting for the passkey", screen);
        Assert.Equal(FakeAccounts.PasskeyUrl, ScreenQr.Decode(screen));

        fakes.Accounts.VerifyPasskey();

        tui.WaitFor(() => tui.Current is AlbumsScreen, "the albums screen");
    }

    [Fact]
    public void Passkey_at_80x24_explains_there_is_no_room_for_the_qr_code()
    {
        var fakes = new FakeServices();
        using var tui = new TuiHarness(fakes.Build());
        tui.Press(Key.A);
        tui.Type("passkey@example.com");
        tui.Press(Key.CursorDown);
        tui.Type("secret");
        tui.Press(Key.Enter);

        tui.WaitForText("Make the terminal larger");
        tui.Press(Key.Esc);

        Assert.Null(tui.CurrentAs<LoginScreen>().Step);
        Assert.Contains("Password", tui.Text);
    }

    [Fact]
    public void Self_hosted_server_needs_a_url_and_an_unreachable_one_shows_an_error()
    {
        var fakes = new FakeServices();
        using var tui = new TuiHarness(fakes.Build());
        tui.Press(Key.A);
        var login = tui.CurrentAs<LoginScreen>();
        login.Form.Server.SetFocus();
        tui.Press(Key.Space);
        Assert.True(login.Form.Server.SelfHosted);
        Assert.True(login.Form.Url.HasFocus);
        Assert.Contains("the cursor is there", tui.Text);

        tui.Press(Key.Enter);
        tui.WaitForText("Type the URL of your Ente server");

        login.Form.Email.Text = "bob@example.com";
        tui.Type("unreachable.example");
        tui.Press(Key.Enter);
        tui.WaitForText("Start the URL with https://");
        Assert.True(login.Form.Url.HasFocus);

        login.Form.Url.Text = "https://photos example.com";
        tui.Press(Key.Enter);
        tui.WaitForText("A URL has no spaces");

        login.Form.Url.Text = "https://unreachable.example";
        tui.Press(Key.Enter);

        tui.WaitForText("Cannot reach https://unreachable.example");
        Assert.Same(login, tui.Current);
    }

    [Fact]
    public void Q_types_into_a_text_field_instead_of_going_back()
    {
        using var tui = new TuiHarness(new FakeServices().Build());
        tui.Press(Key.A);

        tui.Type("q@x.org");

        Assert.IsType<LoginScreen>(tui.Current);
        Assert.Equal("q@x.org", tui.CurrentAs<LoginScreen>().Form.Email.Text);
    }

    [Fact]
    public void Login_form_opens_with_the_first_text_field_focused_so_typing_fills_the_email()
    {
        var fakes = new FakeServices();
        using var tui = new TuiHarness(fakes.Build());
        tui.Press(Key.A);
        var login = tui.CurrentAs<LoginScreen>();

        Assert.True(login.Form.Email.HasFocus);
        tui.Type("bob@example.com");
        Assert.Equal("bob@example.com", login.Form.Email.Text);
        Assert.Contains("bob@example.com", tui.Text);
    }

    [Fact]
    public void Passkey_and_totp_both_allowed_offer_a_choice_and_the_authenticator_code_logs_in()
    {
        var fakes = new FakeServices();
        using var tui = new TuiHarness(fakes.Build());
        tui.Press(Key.A);
        tui.Type("both@example.com");
        tui.Press(Key.CursorDown);
        tui.Type("secret");
        tui.Press(Key.Enter);

        tui.WaitForText("Second factor");
        var login = tui.CurrentAs<LoginScreen>();
        Assert.NotNull(login.SecondFactorChoice);
        Assert.Contains("[ Passkey ]", tui.Text);
        Assert.Contains("[ Authenticator code ]", tui.Text);
        Assert.DoesNotContain("passkeySessionID=abc", tui.Text);

        tui.Press(Key.A);
        tui.WaitForText("6-digit code from your authenticator app");
        Assert.Equal(LoginStepKind.Totp, login.Step);
        tui.Type("123456");
        tui.Press(Key.Enter);

        tui.WaitFor(() => tui.Current is AlbumsScreen, "the albums screen");
        Assert.Equal("both@example.com", Assert.Single(fakes.Accounts.Stored).Email);
    }

    [Fact]
    public void Passkey_and_totp_choice_can_take_the_passkey_or_cancel()
    {
        var fakes = new FakeServices();
        using var tui = new TuiHarness(fakes.Build());
        tui.Press(Key.A);
        tui.Type("both@example.com");
        tui.Press(Key.CursorDown);
        tui.Type("secret");
        tui.Press(Key.Enter);
        tui.WaitForText("Second factor");

        tui.Press(Key.Esc);
        tui.WaitForText("Password");
        Assert.Null(tui.CurrentAs<LoginScreen>().Step);

        tui.Press(Key.Enter);
        tui.WaitForText("Second factor");
        tui.Press(Key.P);
        tui.WaitForText("passkeySessionID=abc");
        fakes.Accounts.VerifyPasskey();
        tui.WaitFor(() => tui.Current is AlbumsScreen, "the albums screen");
    }
}
