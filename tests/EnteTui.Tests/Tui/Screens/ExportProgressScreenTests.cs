using EnteTui.Core.Accounts;
using EnteTui.Tests.Tui.Fakes;
using EnteTui.Tests.Tui.Support;
using EnteTui.Tui.Screens.Accounts;
using EnteTui.Tui.Screens.Albums;
using EnteTui.Tui.Screens.ExportProgress;
using Terminal.Gui.Input;

namespace EnteTui.Tests.Tui.Screens;

public class ExportProgressScreenTests
{
    private static readonly AccountInfo Alice = TestAccounts.Of("alice@example.com", Endpoints.Production, "/srv/alice");

    [Fact]
    public void Shows_totals_rate_eta_albums_and_failures_as_sampled()
    {
        var (tui, fakes) = StartExport();
        using (tui)
        {
            // One 1 MB file per 250 ms sample on the virtual clock: a steady 4 MB/s, 14 MB to go in 3.5 s (shown rounded).
            var run = fakes.Export.Last;
            run.Fail("Wedding", "IMG_0005.JPG", "404 not found");
            for (var i = 0; i < 6; i++)
            {
                run.Complete(1);
                tui.Advance(TransferPanel.SampleInterval);
            }

            var screen = tui.Text;
            Assert.Contains("Exporting 2 albums to /srv/alice", screen);
            Assert.Contains("6 / 20 files · 6.0 MB / 20 MB · 4.0 MB/s · ETA 4 s", screen);
            Assert.Contains("Failures (1)", screen);
            Assert.Contains("IMG_0005.JPG: 404 not found", screen);
            Assert.Contains("━", screen);
            Assert.Contains("30%", screen);
        }
    }

    [Fact]
    public void Pause_and_resume_with_p()
    {
        var (tui, fakes) = StartExport();
        using (tui)
        {
            tui.Press(Key.P);
            tui.Advance(TimeSpan.FromMilliseconds(300));
            Assert.Contains("paused", tui.Text);
            Assert.Contains("p Resume", tui.Text);

            tui.Press(Key.P);
            tui.Advance(TimeSpan.FromMilliseconds(300));
            Assert.Contains("running", tui.Text);
            _ = fakes;
        }
    }

    [Fact]
    public void Q_asks_then_stops_cleanly_and_goes_back()
    {
        var (tui, fakes) = StartExport();
        using (tui)
        {
            tui.Press(Key.Q);
            Assert.Contains("Stop it after the files in flight", tui.Text);
            tui.Press(Key.Esc);
            Assert.IsType<ExportProgressScreen>(tui.Current);
            Assert.False(fakes.Export.Last.StopRequested);

            tui.Press(Key.Q, Key.Enter);

            tui.WaitFor(() => tui.Current is AlbumsScreen, "back on the albums");
            Assert.True(fakes.Export.Last.StopRequested);
        }
    }

    [Fact]
    public void Ctrl_c_asks_then_stops_the_export_and_quits()
    {
        var (tui, fakes) = StartExport();
        using (tui)
        {
            tui.Press(Key.C.WithCtrl);
            Assert.Contains("Stop and quit?", tui.Text);

            tui.Press(Key.C.WithCtrl);

            tui.WaitFor(() => tui.Window.StopRequested, "the app to stop");
            Assert.True(fakes.Export.Last.StopRequested);
        }
    }

    [Fact]
    public void Finished_export_shows_a_summary_and_enter_returns_to_albums()
    {
        var (tui, fakes) = StartExport();
        using (tui)
        {
            var run = fakes.Export.Last;
            run.Complete(20);
            run.Finish();
            tui.WaitForText("Exported 2 albums in");

            Assert.Contains("finished", tui.Text);
            Assert.Contains("Enter Done", tui.Text);
            Assert.Contains("Exported 2 albums", tui.Context.ExitMessages[0]);

            tui.Press(Key.Enter);
            Assert.IsType<AlbumsScreen>(tui.Current);
        }
    }

    [Fact]
    public void Continuous_toggle_keeps_the_run_watching_after_it_is_up_to_date()
    {
        var (tui, fakes) = StartExport();
        using (tui)
        {
            tui.Press(Key.C);
            var run = fakes.Export.Last;
            Assert.True(run.Continuous);
            Assert.Contains("continuous", tui.Text);

            run.Complete(20);
            run.Finish();
            tui.Advance(TimeSpan.FromMilliseconds(300));

            Assert.Contains("watching for changes", tui.Text);
            Assert.True(tui.Current!.IsBusy);
        }
    }

    [Fact]
    public void A_stopped_export_can_be_run_again_with_r()
    {
        var (tui, fakes) = StartExport();
        using (tui)
        {
            fakes.Export.Last.Stop();
            tui.WaitForText("Export stopped");

            tui.Press(Key.R);

            Assert.Equal(2, fakes.Export.Runs.Count);
        }
    }

    private static (TuiHarness Tui, FakeServices Fakes) StartExport()
    {
        var fakes = new FakeServices();
        fakes.Accounts.Stored.Add(Alice);
        var tui = new TuiHarness(fakes.Build(), open: Alice);
        tui.WaitForText("Holiday");
        tui.Press(Key.N, Key.Space, Key.J, Key.Space, Key.Enter);
        Assert.IsType<ExportProgressScreen>(tui.Current);
        return (tui, fakes);
    }
}
