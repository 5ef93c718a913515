using EnteTui.Tests.Tui.Fakes;
using EnteTui.Tests.Tui.Support;
using EnteTui.Tui.Keymap;
using EnteTui.Tui.Screens.Accounts;
using EnteTui.Tui.Theme;
using Terminal.Gui.Input;

namespace EnteTui.Tests.Tui.Shell;

public class ShellTests
{
    [Fact]
    public void Starts_on_the_accounts_screen_with_hints_and_header()
    {
        using var tui = new TuiHarness(new FakeServices().Build());

        tui.WaitForText("Add an account");
        var screen = tui.Text;

        Assert.IsType<AccountsScreen>(tui.Current);
        Assert.Contains("EnteTui  ›  Accounts", screen);
        Assert.Contains("Add an account", screen);
        Assert.Contains("? Help", screen);
        Assert.Contains("q Quit", screen);
    }

    [Fact]
    public void Question_mark_opens_help_built_from_the_key_tables_and_esc_closes_it()
    {
        using var tui = new TuiHarness(new FakeServices().Build());

        tui.Press(new Key('?'));

        var help = Assert.IsType<HelpOverlay>(tui.Context.Overlays.Top);
        Assert.Contains("Remove the selected account", help.Rendered);
        Assert.Contains("Show the keys of this screen", help.Rendered);
        Assert.Contains("Keys", tui.Text);

        tui.Press(Key.Esc);

        Assert.Null(tui.Context.Overlays.Top);
        Assert.IsType<AccountsScreen>(tui.Current);
    }

    [Fact]
    public void F1_opens_help_too()
    {
        using var tui = new TuiHarness(new FakeServices().Build());

        tui.Press(Key.F1);

        Assert.IsType<HelpOverlay>(tui.Context.Overlays.Top);
    }

    [Fact]
    public void Q_on_the_first_screen_quits_without_asking_when_nothing_runs()
    {
        using var tui = new TuiHarness(new FakeServices().Build());

        tui.Press(Key.Q);

        Assert.True(tui.Window.StopRequested);
    }

    [Fact]
    public void Ctrl_c_quits_at_once_when_nothing_runs()
    {
        using var tui = new TuiHarness(new FakeServices().Build());

        tui.Press(Key.C.WithCtrl);

        Assert.True(tui.Window.StopRequested);
    }

    [Fact]
    public void Esc_on_a_screen_does_not_quit()
    {
        using var tui = new TuiHarness(new FakeServices().Build());

        tui.PressIgnored(Key.Esc);

        Assert.False(tui.Window.StopRequested);
    }

    [Fact]
    public void Below_60x15_shows_terminal_too_small_and_relayouts_when_it_grows()
    {
        using var tui = new TuiHarness(new FakeServices().Build());

        tui.Resize(50, 12);
        Assert.Contains("Terminal too small", tui.Text);
        Assert.Contains("50×12", tui.Text);

        tui.Resize(100, 30);
        var screen = tui.Text;
        Assert.DoesNotContain("too small", screen);
        Assert.Contains("Add an account", screen);
        Assert.Equal(30, screen.TrimEnd('\n').Split('\n').Length);
    }

    [Fact]
    public void Never_colour_mode_writes_only_default_colours()
    {
        using var tui = new TuiHarness(new FakeServices().Build(), color: ColorMode.Never);

        var ansi = tui.Ansi;

        Assert.DoesNotContain("38;2;", ansi);
        Assert.DoesNotContain("48;2;", ansi);
        Assert.DoesNotMatch(@"\x1b\[(3[0-7]|9[0-7]|4[0-7]|10[0-7])m", ansi);
        Assert.Contains("\x1b[7m", ansi);
    }

    [Fact]
    public void Sixteen_colour_mode_uses_basic_sgr_codes_only()
    {
        using var tui = new TuiHarness(new FakeServices().Build(), color: ColorMode.Sixteen);

        var ansi = tui.Ansi;

        Assert.DoesNotContain("38;2;", ansi);
        Assert.DoesNotContain("48;2;", ansi);
        Assert.Matches(@"\x1b\[(3[0-7]|9[0-7]|4[0-7]|10[0-7])m", ansi);
    }

    [Fact]
    public void Full_colour_mode_uses_true_colour()
    {
        using var tui = new TuiHarness(new FakeServices().Build());

        Assert.Contains("38;2;", tui.Ansi);
    }
}
