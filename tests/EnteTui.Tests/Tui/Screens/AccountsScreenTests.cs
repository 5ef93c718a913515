using EnteTui.Tests.Tui.Fakes;
using EnteTui.Tests.Tui.Support;
using EnteTui.Tui.Screens.Accounts;
using EnteTui.Tui.Screens.Albums;
using Terminal.Gui.Input;

namespace EnteTui.Tests.Tui.Screens;

public class AccountsScreenTests
{
    [Fact]
    public void Lists_stored_accounts_and_enter_opens_albums_then_q_comes_back()
    {
        var fakes = new FakeServices();
        fakes.Accounts.Stored.Add(TestAccounts.Of("alice@example.com", Endpoints.Production, "/srv/alice"));
        fakes.Accounts.Stored.Add(TestAccounts.Of("bob@example.com", "http://10.0.0.2:8080", null));
        using var tui = new TuiHarness(fakes.Build());

        tui.WaitForText("bob@example.com");
        var screen = tui.Text;
        Assert.Contains("alice@example.com", screen);
        Assert.Contains("10.0.0.2:8080", screen);
        Assert.Contains("/srv/alice", screen);

        tui.Press(Key.J, Key.Enter);
        tui.WaitFor(() => tui.Current is AlbumsScreen, "albums");
        Assert.Contains("bob@example.com", tui.Text);

        tui.Press(Key.Q);
        Assert.IsType<AccountsScreen>(tui.Current);
    }

    [Fact]
    public void Remove_asks_first_and_keeps_the_account_when_declined()
    {
        var fakes = new FakeServices();
        fakes.Accounts.Stored.Add(TestAccounts.Of("alice@example.com", Endpoints.Production, null));
        using var tui = new TuiHarness(fakes.Build());
        tui.WaitForText("alice@example.com");

        tui.Press(Key.D);
        Assert.Contains("Forget alice@example.com", tui.Text);
        tui.Press(Key.N);
        Assert.Single(fakes.Accounts.Stored);

        tui.Press(Key.D, Key.Y);
        tui.WaitForText("No accounts yet");
        Assert.Empty(fakes.Accounts.Stored);
    }
}
