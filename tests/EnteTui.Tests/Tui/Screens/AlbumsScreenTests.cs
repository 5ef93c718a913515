using EnteTui.Core.Accounts;
using EnteTui.Core.Export;
using EnteTui.Tests.Tui.Fakes;
using EnteTui.Tests.Tui.Support;
using EnteTui.Tui.Screens.Accounts;
using EnteTui.Tui.Screens.Albums;
using EnteTui.Tui.Screens.ExportProgress;
using EnteTui.Tui.Shell;
using Terminal.Gui.Input;

namespace EnteTui.Tests.Tui.Screens;

public class AlbumsScreenTests
{
    private static readonly AccountInfo Alice = TestAccounts.Of("alice@example.com", Endpoints.Production, "/srv/alice");

    [Fact]
    public void First_visit_marks_every_album_but_hidden_ones_and_shows_the_columns()
    {
        using var tui = Open(new FakeServices());
        var albums = tui.CurrentAs<AlbumsScreen>();

        var screen = tui.Text;

        Assert.Equal([1L, 2, 3, 4, 6], albums.Source.Marked.Order());
        Assert.Contains("☑  Family (shared)", screen);
        Assert.Contains("shared", screen);
        Assert.Contains("☐  Private", screen);
        Assert.Contains("3 days ago", screen);
        Assert.Contains("Ünïcödé 写真 📷", screen);
        Assert.Contains("5 marked", screen);
        Assert.Contains("Export to  /srv/alice", screen);
    }

    [Fact]
    public void Space_a_n_i_mark_and_the_selection_is_remembered_per_account()
    {
        var fakes = new FakeServices();
        using (var tui = Open(fakes))
        {
            var albums = tui.CurrentAs<AlbumsScreen>();
            tui.Press(Key.N);
            Assert.Empty(albums.Source.Marked);

            tui.Press(Key.Space, Key.Space);
            Assert.Equal(2, albums.Source.Marked.Count);
            Assert.Contains("2 marked", tui.Text);

            tui.Press(Key.I);
            Assert.Equal(4, albums.Source.Marked.Count);

            tui.Press(Key.A);
            Assert.Equal(6, albums.Source.Marked.Count);

            tui.Press(Key.N, Key.J, Key.Space);
            tui.Press(Key.Q);
        }

        var saved = fakes.Albums.Saved[Alice.Key];
        Assert.Single(saved.MarkedAlbumIds!);

        using var again = Open(fakes);
        Assert.Single(again.CurrentAs<AlbumsScreen>().Source.Marked);
    }

    [Fact]
    public void Slash_filters_as_you_type_and_bulk_marks_apply_to_the_filtered_albums()
    {
        using var tui = Open(new FakeServices());
        var albums = tui.CurrentAs<AlbumsScreen>();
        tui.Press(Key.N);

        tui.Press(new Key('/'));
        tui.Type("wed");

        Assert.Equal(1, albums.Source.Count);
        var screen = tui.Text;
        Assert.Contains("Wedding", screen);
        Assert.DoesNotContain("Garden", screen);
        Assert.Contains("1 match \"wed\"", screen);

        tui.Press(Key.Enter, Key.A);
        Assert.Equal([2L], albums.Source.Marked);

        tui.Press(Key.Esc);
        Assert.Equal(6, albums.Source.Count);
    }

    [Fact]
    public void Filter_ignores_case_and_accents()
    {
        using var tui = Open(new FakeServices());
        tui.Press(new Key('/'));

        tui.Type("unicode");

        Assert.Equal(1, tui.CurrentAs<AlbumsScreen>().Source.Count);
    }

    [Fact]
    public void Options_overlay_changes_values_and_saves_them()
    {
        var fakes = new FakeServices();
        using var tui = Open(fakes);
        var albums = tui.CurrentAs<AlbumsScreen>();

        tui.Press(Key.O);
        Assert.Contains("Parallel downloads", tui.Text);
        tui.Press(Key.J, Key.CursorRight);
        tui.Press(Key.J, Key.Space);
        tui.Press(Key.J, Key.CursorRight);
        tui.Press(Key.J, Key.Space);
        tui.Press(Key.Enter);

        Assert.Equal(new ExportChoices("/srv/alice", 12, LinkMode.Hardlink, DeletionMode.Trash, "metadata"), albums.Options);
        Assert.Contains("12 parallel · hardlinks · removed: trash · sidecars metadata/", tui.Text);
        tui.Press(Key.Q);
        Assert.True(fakes.Albums.Saved.ContainsKey(Alice.Key), tui.Text + tui.Context.App.Navigation?.GetFocused());
        Assert.Equal(12, fakes.Albums.Saved[Alice.Key].Options!.Parallel);
    }

    [Fact]
    public void Options_overlay_offers_xmp_dates_and_a_bandwidth_limit_checked_like_the_command()
    {
        var fakes = new FakeServices();
        using var tui = Open(fakes);
        var albums = tui.CurrentAs<AlbumsScreen>();

        tui.Press(Key.O);
        tui.Press(Key.J, Key.J, Key.J, Key.J, Key.J, Key.Space);
        tui.Press(Key.J, Key.Space);
        tui.Type("2024-05-01");
        tui.Press(Key.Enter);
        tui.Press(Key.J, Key.Space);
        tui.Type("2024-04-01");
        tui.Press(Key.Enter);
        Assert.Contains("--since must not be later than --until", tui.Text);
        var prompt = Assert.IsType<PromptOverlay>(tui.Context.Overlays.Top);
        prompt.Field.Text = string.Empty;
        tui.Type("2024-05-31");
        tui.Press(Key.Enter);
        tui.Press(Key.J, Key.Space);
        tui.Type("500k");
        tui.Press(Key.Enter);
        tui.Press(Key.Enter);

        Assert.Equal(new ExportChoices("/srv/alice") { Xmp = true, Since = "2024-05-01", Until = "2024-05-31", BandwidthLimit = "500k" }, albums.Options);
        Assert.EndsWith("+ xmp · 2024-05-01 to 2024-05-31 · ≤ 500k/s", albums.Options.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Esc_in_the_options_overlay_discards_changes()
    {
        using var tui = Open(new FakeServices());
        var albums = tui.CurrentAs<AlbumsScreen>();

        tui.Press(Key.O, Key.J, Key.CursorRight, Key.Esc);

        Assert.Equal(ExportOptions.DefaultParallel, albums.Options.Parallel);
    }

    [Fact]
    public void Export_folder_prompt_rejects_empty_and_accepts_a_path()
    {
        using var tui = Open(new FakeServices());
        var albums = tui.CurrentAs<AlbumsScreen>();

        tui.Press(Key.F);
        var prompt = Assert.IsType<EnteTui.Tui.Shell.PromptOverlay>(tui.Context.Overlays.Top);
        prompt.Field.Text = string.Empty;
        tui.Press(Key.Enter);
        Assert.Contains("Type a folder path", prompt.Error);

        tui.Type("/data/photos");
        tui.Press(Key.Enter);

        Assert.Equal("/data/photos", albums.Options.ExportDir);
    }

    [Fact]
    public void Enter_with_nothing_marked_explains_how_to_mark()
    {
        using var tui = Open(new FakeServices());
        tui.Press(Key.N, Key.Enter);

        Assert.Contains("Nothing marked", tui.Text);
        Assert.IsType<AlbumsScreen>(tui.Current);
    }

    [Fact]
    public void Enter_exports_the_marked_albums_with_the_options()
    {
        var fakes = new FakeServices();
        using var tui = Open(fakes);
        tui.Press(Key.N, Key.Space, Key.Space, Key.Enter);

        Assert.IsType<ExportProgressScreen>(tui.Current);
        var request = fakes.Export.Runs.Single().Request;
        Assert.Equal(["Family (shared)", "Garden"], request.Albums.Select(a => a.Name));
        Assert.Equal("/srv/alice", request.Options.ExportDir);
    }

    [Fact]
    public void Ten_thousand_albums_scroll_mark_and_filter()
    {
        var fakes = new FakeServices();
        fakes.Albums.Albums.Clear();
        fakes.Albums.Albums.AddRange(Enumerable.Range(1, 10_000).Select(i =>
            new AlbumSummary(i, $"Album {i:00000}", i % 500, i * 1000L, IsHidden: false, IsArchived: i % 11 == 0, IsShared: i % 7 == 0, ExportedCount: 0, null)));
        using var tui = Open(fakes);
        var albums = tui.CurrentAs<AlbumsScreen>();
        Assert.Equal(10_000, albums.Source.Count);

        for (var i = 0; i < 50; i++)
        {
            tui.Press(Key.PageDown);
        }

        tui.Press(Key.Space, Key.N, Key.A, Key.I);
        tui.Press(new Key('/'));
        tui.Type("0999");

        Assert.Equal(11, albums.Source.Count);
        Assert.Contains("Album 09990", tui.Text);

        tui.Press(Key.Enter);
        var shown = albums.Source.Shown.Select(a => a.CollectionId).ToHashSet();
        var outside = albums.Source.Marked.Count(id => !shown.Contains(id));
        tui.Press(Key.N);
        Assert.DoesNotContain(albums.Source.Marked, shown.Contains);
        tui.Press(Key.A);
        Assert.Equal(outside + 11, albums.Source.Marked.Count);
        Assert.True(shown.IsSubsetOf(albums.Source.Marked));
    }

    private static TuiHarness Open(FakeServices fakes)
    {
        if (!fakes.Accounts.Stored.Contains(Alice))
        {
            fakes.Accounts.Stored.Add(Alice);
        }

        var tui = new TuiHarness(fakes.Build(), open: Alice);
        tui.WaitForText(fakes.Albums.Albums[0].Name);
        return tui;
    }
}
