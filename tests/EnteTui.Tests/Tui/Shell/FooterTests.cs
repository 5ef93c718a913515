using EnteTui.Core.Accounts;
using EnteTui.Tests.Tui.Fakes;
using EnteTui.Tests.Tui.Support;
using EnteTui.Tui.Screens.Accounts;
using Terminal.Gui.Input;

namespace EnteTui.Tests.Tui.Shell;

/// <summary>Every footer begins with the screen's primary action; secondary keys drop when narrow, the primary never.</summary>
public class FooterTests
{
    private static readonly AccountInfo Alice = TestAccounts.Of("alice@example.com", Endpoints.Production, "/srv/alice");

    [Theory]
    [InlineData(80, 24)]
    [InlineData(120, 40)]
    public void The_albums_footer_starts_with_enter_export_and_names_space_and_t(int width, int height)
    {
        var fakes = new FakeServices();
        fakes.Accounts.Stored.Add(Alice);
        using var tui = new TuiHarness(fakes.Build(), width, height, open: Alice);
        tui.WaitForText(fakes.Albums.Albums[0].Name);

        var footer = Footer(tui);

        Assert.StartsWith("Enter Export 5 albums", footer);
        Assert.Contains("Space Mark", footer);
        Assert.Contains("t Takeout", footer);
        Assert.EndsWith("q Back", footer);

        tui.Press(Key.N, Key.Space);
        Assert.StartsWith("Enter Export 1 album ", Footer(tui));
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(120, 40)]
    public void The_accounts_footer_starts_with_enter_open(int width, int height)
    {
        var fakes = new FakeServices();
        fakes.Accounts.Stored.Add(Alice);
        using var tui = new TuiHarness(fakes.Build(), width, height);
        tui.WaitForText(Alice.Email);

        var footer = Footer(tui);

        Assert.StartsWith("Enter Open", footer);
        Assert.Contains("t Takeout", footer);
    }

    [Fact]
    public void A_narrow_footer_drops_secondary_keys_but_keeps_the_primary_and_the_global_ones()
    {
        var fakes = new FakeServices();
        fakes.Accounts.Stored.Add(Alice);
        using var tui = new TuiHarness(fakes.Build(), 60, 24, open: Alice);
        tui.WaitForText(fakes.Albums.Albums[0].Name);

        var footer = Footer(tui);

        Assert.StartsWith("Enter Export 5 albums", footer);
        Assert.DoesNotContain("Options", footer);
        Assert.EndsWith("q Back", footer);
    }

    private static string Footer(TuiHarness tui) => tui.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].Trim();
}
