using EnteTui.Tui.Screens.Albums;
using EnteTui.Tui.Screens.ExportProgress;
using Terminal.Gui.Input;

namespace EnteTui.Tests.Tui.RealServices;

public class RealCancelResumeTests(SlowDownloadsFixture server) : IClassFixture<SlowDownloadsFixture>
{
    [Fact]
    public void Q_stops_an_export_midway_and_exporting_again_completes_it_without_leftovers()
    {
        using var real = new RealTui();
        real.LogIn(server.Endpoint, SeededServerFixture.Email, SeededServerFixture.Password);
        real.SetExportFolder();
        var tui = real.Tui;
        tui.Press(Key.O, Key.J, Key.CursorLeft, Key.CursorLeft, Key.CursorLeft, Key.CursorLeft, Key.Enter);
        Assert.Equal(1, tui.CurrentAs<AlbumsScreen>().Options.Parallel);
        var marked = tui.CurrentAs<AlbumsScreen>().Source.MarkedAlbums.ToList();
        var expected = marked.Sum(a => a.FileCount);

        tui.Press(Key.Enter);
        var progress = tui.CurrentAs<ExportProgressScreen>();
        tui.WaitFor(() => progress.Panel.Last.FilesDone >= 2, "two files exported", TimeSpan.FromSeconds(60));
        tui.Press(Key.Q);
        Assert.Contains("Stop it after the files in flight", tui.Text);
        tui.Press(Key.Enter);
        tui.WaitFor(() => tui.Current is AlbumsScreen, "back on the albums", TimeSpan.FromSeconds(30));
        var partial = MediaFiles(real.ExportDir);
        Assert.InRange(partial, 2, expected - 1);
        Assert.Empty(Directory.EnumerateFiles(real.ExportDir, "*.tmp*", SearchOption.AllDirectories));

        tui.Press(Key.Enter);
        var again = tui.CurrentAs<ExportProgressScreen>();
        tui.WaitFor(() => again.Panel.Last.Phase == RunPhase.Finished, "the export to finish", TimeSpan.FromSeconds(90));

        Assert.True(again.Panel.Last.FilesUnchanged >= partial, $"{again.Panel.Last.FilesUnchanged} unchanged, {partial} done before");
        var final = MediaFiles(real.ExportDir);
        Assert.True(final >= expected && final > partial, $"{final} files after resuming, {partial} before, {expected} expected");
        Assert.Equal(Sidecars(real.ExportDir), final);
        Assert.Empty(Directory.EnumerateFiles(real.ExportDir, "*.tmp*", SearchOption.AllDirectories));
    }

    private static int Sidecars(string root) =>
        Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories).Count(f => f.Contains("/.meta/", StringComparison.Ordinal) && !f.EndsWith("album_meta.json", StringComparison.Ordinal));

    private static int MediaFiles(string root) =>
        Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Count(f => !f.Contains("/.meta/", StringComparison.Ordinal) && !f.Contains("/.ente-tui/", StringComparison.Ordinal) && !f.EndsWith("album_meta.json", StringComparison.Ordinal))
            : 0;
}
