using EnteTui.Tui.Keymap;
using EnteTui.Tui.Screens.Accounts;
using EnteTui.Tui.Screens.ExportProgress;
using EnteTui.Tui.Screens.TakeoutWizard;
using EnteTui.Tui.Shell;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace EnteTui.Tui.Screens.Albums;

/// <summary>
/// The account's albums: Space marks, a/n/i mark all/none/invert what is shown, / filters as you
/// type, Enter exports the marked albums. Marks and options are remembered per account.
/// </summary>
public sealed class AlbumsScreen : Screen
{
    private readonly TuiServices services;
    private readonly AccountInfo account;
    private readonly AlbumListSource source;
    private ExportChoices options;
    private ListView? list;
    private TextField? filter;
    private LiveLine? header;
    private SpanView? summary;
    private SpanView? optionsLine;
    private bool loaded;
    private bool dirty;
    private object? saveTimer;

    public AlbumsScreen(TuiContext context, TuiServices services, AccountInfo account)
        : base(context)
    {
        this.services = services;
        this.account = account;
        source = new AlbumListSource(context.Painter);
        source.MarksChanged += () =>
        {
            dirty = true;
            list?.SetNeedsDraw();
            UpdateSummary();
        };
        var saved = services.Albums.LoadSelection(account);
        options = saved.Options ?? new ExportChoices(account.ExportDir ?? services.Albums.DefaultExportDir(account));
        if (saved.MarkedAlbumIds is { } ids)
        {
            source.Marked.UnionWith(ids);
        }

        FirstVisit = saved.MarkedAlbumIds is null;
        Keys = new KeyTable("Albums")
            .Primary([Key.Enter], ExportHint, "Export the marked albums", StartExport, () => !FilterFocused)
            .Bind([Key.Space], "Mark", "Mark or unmark the album under the cursor", ToggleCurrent, () => !FilterFocused)
            .Bind([Key.T], "Takeout", "Import a Google Takeout into Ente", () => Context.Navigator.Push(TakeoutWizardScreen.Resume(Context, services)))
            .Bind([Key.A], "All", "Mark every album shown (the filter narrows it)", () => source.MarkShown(true))
            .Bind([Key.N], "None", "Unmark every album shown", () => source.MarkShown(false))
            .Bind([Key.I], null, "Invert the marks of the albums shown", () => source.MarkShown(null))
            .Bind([new Key('/')], "Filter", "Filter the albums by name as you type", FocusFilter)
            .Bind([Key.Enter, Key.CursorDown], null, "Back to the list from the filter", () => list?.SetFocus(), () => FilterFocused)
            .Bind([Key.Esc], null, "Clear the filter", ClearFilter, () => source.Filter.Length > 0 || FilterFocused)
            .Bind([Key.O], "Options", "Change the export folder and options", EditOptions)
            .Bind([Key.F], null, "Change the export folder", EditFolder)
            .Bind([Key.R, Key.F5], null, "Sync the album list again", Load)
            .BindMovement(() => list);
    }

    public override string Title => "Albums";

    private string ExportHint() => source.MarkedAlbums.Count() switch
    {
        0 => "Export",
        1 => "Export 1 album",
        var n => $"Export {n} albums",
    };

    public override string? Detail => account.Email + " · " + account.ServerLabel;

    public override KeyTable Keys { get; }

    public AlbumListSource Source => source;

    public ExportChoices Options => options;

    public ListView? List => list;

    public TextField? FilterField => filter;

    private bool FirstVisit { get; set; }

    private bool FilterFocused => filter?.HasFocus == true;

    public override void OnShown()
    {
        if (!loaded)
        {
            Load();
        }
        else
        {
            Refresh();
        }

        saveTimer = Context.Every(TimeSpan.FromSeconds(2), () =>
        {
            SaveIfDirty();
            return true;
        });
        list?.SetFocus();
        Context.Refresh();
    }

    public override void OnHidden()
    {
        Context.StopTimer(saveTimer);
        SaveIfDirty();
    }

    protected override View Build()
    {
        var root = new View { CanFocus = true };
        var filterLabel = new SpanView(Context.Painter) { X = 1, Y = 0, Width = 9, Height = 1, Lines = [TextLine.Of(new Span("/", Tone.Key), new Span(" Filter ", Tone.Muted))] };
        filter = new TextField { X = 10, Y = 0, Width = Dim.Fill(1) };
        filter.TextChanged += (_, _) => ApplyFilter();
        filter.HasFocusChanged += (_, _) => Context.Refresh();
        header = new LiveLine(Context.Painter, AlbumRow.Header) { X = 1, Y = 2, Width = Dim.Fill(1) };
        list = new ListView { X = 1, Y = 3, Width = Dim.Fill(1), Height = Dim.Fill(4), Source = source };
        summary = new SpanView(Context.Painter) { X = 1, Y = Pos.AnchorEnd(3), Height = 1, Width = Dim.Fill(1) };
        optionsLine = new SpanView(Context.Painter) { X = 1, Y = Pos.AnchorEnd(2), Height = 2, Width = Dim.Fill(1) };
        root.Add(filterLabel, filter, header, list, summary, optionsLine);
        UpdateOptions();
        return root;
    }

    private void Load()
    {
        ShowSummary(TextLine.Plain("Syncing the album list…", Tone.Muted));
        Context.Await(
            services.Albums.LoadAsync(account, options.ExportDir, CancellationToken.None),
            albums =>
            {
                loaded = true;
                var ordered = albums.Albums.OrderBy(a => a.IsHidden).ThenBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
                if (FirstVisit)
                {
                    source.Marked.UnionWith(ordered.Where(a => !a.IsHidden).Select(a => a.CollectionId));
                    FirstVisit = false;
                    dirty = true;
                }

                source.Marked.IntersectWith(ordered.Select(a => a.CollectionId));
                source.SetAlbums(ordered, albums.LastRun);
                if (list is not null && source.Count > 0)
                {
                    list.SelectedItem = Math.Clamp(list.SelectedItem ?? 0, 0, source.Count - 1);
                }

                UpdateSummary();
            },
            error => ShowSummary(TextLine.Plain("Could not load the albums: " + error.Message + "  (r retries)", Tone.Error)));
    }

    private void Refresh() => Load();

    private void ToggleCurrent()
    {
        if (list?.SelectedItem is int index)
        {
            source.Toggle(index);
            list.MoveDown(false);
        }
    }

    private void FocusFilter() => filter?.SetFocus();

    private void ClearFilter()
    {
        if (filter is not null)
        {
            filter.Text = string.Empty;
        }

        list?.SetFocus();
    }

    private void ApplyFilter()
    {
        source.ApplyFilter(filter?.Text ?? string.Empty);
        if (list is not null)
        {
            list.SelectedItem = source.Count > 0 ? 0 : null;
            list.SetNeedsDraw();
        }

        UpdateSummary();
    }

    private void StartExport()
    {
        var marked = source.MarkedAlbums.ToList();
        if (marked.Count == 0)
        {
            Context.Overlays.Message("Nothing marked", [TextLine.Of(new Span("Mark albums with "), new Span("Space", Tone.Key), new Span(", or press "), new Span("a", Tone.Key), new Span(" to mark all."))]);
            return;
        }

        SaveIfDirty(force: true);
        var request = new ExportRequest(account, marked, options, Continuous: false);
        Context.Navigator.Push(new ExportProgressScreen(Context, services, request));
    }

    private void EditOptions() =>
        Context.Overlays.Show(new ExportOptionsOverlay(Context, options, changed =>
        {
            options = changed;
            dirty = true;
            UpdateOptions();
            Load();
        }));

    private void EditFolder() =>
        Context.Overlays.Show(new PromptOverlay(Context, "Export folder", "Albums are exported into this folder (created when needed):", options.ExportDir, ExportOptionsOverlay.CheckFolder, text =>
        {
            options = options with { ExportDir = ExportOptionsOverlay.NormaliseFolder(text) };
            dirty = true;
            UpdateOptions();
            Load();
        }));

    private void SaveIfDirty(bool force = false)
    {
        if (!dirty && !force)
        {
            return;
        }

        dirty = false;
        services.Albums.SaveSelection(account, new AlbumSelection(source.Marked.ToList(), options));
    }

    private void UpdateSummary()
    {
        if (!loaded)
        {
            return;
        }

        var marked = source.MarkedAlbums.ToList();
        var files = marked.Sum(a => (long)a.FileCount);
        var bytes = marked.Sum(a => a.EncryptedBytes);
        var spans = new List<Span>
        {
            new(Formats.Count(source.All.Count) + " albums", Tone.Muted),
        };
        if (source.Filter.Length > 0)
        {
            spans.Add(new Span($" · {Formats.Count(source.Count)} match \"{source.Filter}\"", Tone.Muted));
        }

        spans.Add(new Span(" · "));
        spans.Add(new Span($"{Formats.Count(marked.Count)} marked", Tone.Strong));
        spans.Add(new Span($" · {Formats.Count(files)} files" + (bytes > 0 ? " · " + Formats.Bytes(bytes) : string.Empty), Tone.Muted));
        if (source.All.Any(a => a.IsHidden))
        {
            spans.Add(new Span("   H hidden  A archived", Tone.Muted));
        }

        ShowSummary(new TextLine(spans));
        Context.Refresh();
    }

    private void UpdateOptions()
    {
        if (optionsLine is null)
        {
            return;
        }

        optionsLine.Lines =
        [
            TextLine.Of(new Span("Export to  ", Tone.Muted), new Span(options.ExportDir), new Span("   f", Tone.Key), new Span(" change", Tone.Muted)),
            TextLine.Of(new Span("Options    ", Tone.Muted), new Span(options.Describe(), Tone.Muted), new Span("   o", Tone.Key), new Span(" edit", Tone.Muted)),
        ];
    }

    private void ShowSummary(TextLine line)
    {
        if (summary is not null)
        {
            summary.Lines = [line];
        }
    }
}
