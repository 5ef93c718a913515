using EnteTui.Tui.Shell;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace EnteTui.Tui.Screens.TakeoutWizard;

/// <summary>Search every sidecar of the scan by name as you type; ↑/↓ choose, Enter picks, Esc cancels.</summary>
public sealed class SidecarSearchOverlay : Overlay
{
    /// <summary>Narrower lists drop the place column so the path keeps its file name whole.</summary>
    private const int WidthWithPlace = 100;
    private readonly ITakeoutBackend backend;
    private readonly TakeoutReport report;
    private readonly Action<SidecarCandidate> picked;
    private readonly LineListSource<SidecarCandidate> source;
    private readonly ListView results;
    private readonly SpanView status;
    private CancellationTokenSource? searching;

    public SidecarSearchOverlay(TuiContext context, ITakeoutBackend backend, TakeoutReport report, string initial, Action<SidecarCandidate> picked)
        : base(context, "Search sidecars", 90)
    {
        this.backend = backend;
        this.report = report;
        this.picked = picked;
        source = new LineListSource<SidecarCandidate>(context.Painter, (c, w) => TextLine.Of(
            new Span(Cells.PadPath(c.Path, Math.Max(10, w - (w >= WidthWithPlace ? 36 : 18)))),
            new Span(" " + Cells.Pad(c.TakenAt?.ToString("yyyy-MM-dd HH:mm", Formats.Culture) ?? "no date", 17), Tone.Muted),
            new Span(w >= WidthWithPlace ? " " + (c.Place ?? string.Empty) : string.Empty, Tone.Muted)));
        var label = new SpanView(context.Painter) { Height = 1, Width = 8, Lines = [TextLine.Plain("Name", Tone.Muted)] };
        Query = new TextField { X = 8, Width = Dim.Fill(), Text = initial };
        results = new ListView { Y = 2, Width = Dim.Fill(), Height = Dim.Fill(2), Source = source };
        status = new SpanView(context.Painter) { Y = Pos.AnchorEnd(1), Height = 1 };
        Add(label, Query, results, status);
        Height = Dim.Func(_ => Math.Max(8, Math.Min(20, (SuperView?.Viewport.Height ?? 24) - 2)));
        Query.TextChanged += (_, _) => Run();
        Keys.Primary([Key.Enter], () => "Pick", "Use the highlighted sidecar", Pick, () => source.Count > 0)
            .Bind([Key.CursorDown], null, "Next result", () => results.MoveDown(false))
            .Bind([Key.CursorUp], null, "Previous result", () => results.MoveUp(false))
            .Bind([Key.Esc], "Cancel", "Close without choosing", Close);
        Run();
    }

    public TextField Query { get; }

    public IReadOnlyList<SidecarCandidate> Results => source.Items;

    public override void OnShown()
    {
        Query.SetFocus();
        Query.MoveEnd();
    }

    private void Run()
    {
        searching?.Cancel();
        searching = new CancellationTokenSource();
        var token = searching.Token;
        var text = Query.Text ?? string.Empty;
        status.Lines = [TextLine.Plain("Searching…", Tone.Muted)];
        Context.Await(
            backend.SearchSidecarsAsync(report, text, token),
            found =>
            {
                if (token.IsCancellationRequested)
                {
                    return;
                }

                source.SetItems(found);
                results.SelectedItem = found.Count > 0 ? 0 : null;
                status.Lines = [TextLine.Of(new Span(Formats.Count(found.Count, "sidecar", "sidecars") + "   ", Tone.Muted), new Span("↑/↓", Tone.Key), new Span(" choose  ", Tone.Muted), new Span("Enter", Tone.Key), new Span(" use it", Tone.Muted))];
            },
            _ => { });
    }

    private void Pick()
    {
        if (results.SelectedItem is int i && i < source.Count)
        {
            var chosen = source.Items[i];
            Close();
            picked(chosen);
        }
    }
}
