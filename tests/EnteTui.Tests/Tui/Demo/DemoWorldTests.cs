using EnteTui.Cli.Hosting;
using EnteTui.Demo;
using EnteTui.Tests.Support;
using EnteTui.Tests.Tui.Support;
using EnteTui.Tui;
using EnteTui.Tui.Screens.Albums;
using EnteTui.Tui.Screens.TakeoutWizard;
using Terminal.Gui.Input;

namespace EnteTui.Tests.Tui.Demo;

/// <summary>The demo's wiring end to end: real local server, sample library and Takeout, own state dir, the TUI on top.</summary>
public class DemoWorldTests
{
    private static Task<DemoWorld> StartAsync(string? data = null) =>
        DemoWorld.StartAsync(new CliEnvironment(new TestConsole(), _ => null), new DemoOptions(data), CancellationToken.None);

    [Fact]
    public async Task Demo_opens_the_albums_screen_with_the_sample_albums()
    {
        await using var world = await StartAsync();
        using var tui = new TuiHarness(world.Host.Get<TuiServices>(), 80, 24, open: world.Account);

        tui.WaitFor(() => tui.Current is AlbumsScreen, "the album list");
        tui.WaitForText("Holiday 2023");
        var screen = tui.Text;
        Assert.Contains("Ünïcödé 写真 📷", screen);
        Assert.Contains("Family", screen);
        Assert.Contains("shared", screen);
        Assert.Contains(DemoAccounts.Email, screen);
        Assert.Equal(3, world.TakeoutParts.Count);
    }

    [Fact]
    public async Task Demo_takeout_is_prefilled_and_goes_through_a_resolution_and_an_upload()
    {
        await using var world = await StartAsync();
        using var tui = new TuiHarness(world.Host.Get<TuiServices>(), 80, 24, open: world.Account);
        tui.WaitFor(() => tui.Current is AlbumsScreen, "the album list");

        tui.Press(Key.T);
        tui.WaitForText("takeout-20240712T112341Z-003.zip");
        tui.Press(Key.Enter);
        tui.WaitForText("2 unmatched", TimeSpan.FromSeconds(60));
        Assert.Contains("Trip to Zürich", tui.Text);

        tui.Press(Key.Enter);
        tui.WaitForText("DSC_0001.jpeg.json");
        tui.Press(Key.D1);
        tui.Press(Key.CursorDown);
        tui.Press(Key.F);
        tui.WaitForText("2 decided");
        tui.Press(Key.Enter);
        tui.WaitFor(() => ((TakeoutWizardScreen)tui.Current!).Stage == WizardStage.Target, "the target step");
        tui.Press(Key.Enter);

        tui.WaitForText("9 uploaded", TimeSpan.FromSeconds(90));
        Assert.Contains("finished", tui.Text);
    }

    [Fact]
    public async Task Demo_with_a_data_folder_keeps_it_and_starts_again_from_it()
    {
        var data = Directory.CreateTempSubdirectory("ente-tui-demo-data-").FullName;
        try
        {
            await using (var first = await StartAsync(data))
            {
                Assert.Equal(3, first.TakeoutParts.Count);
            }

            Assert.True(Directory.Exists(Path.Combine(data, "server")));
            await using var second = await StartAsync(data);
            Assert.Equal(DemoAccounts.Email, second.Account.Email);
            Assert.Equal(3, second.TakeoutParts.Count);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
