using EnteTui.Tui.Shell;
using Terminal.Gui.Input;

namespace EnteTui.Tui.Screens.Albums;

/// <summary>
/// Edits the export options: ↑/↓ pick a row, ←/→/Space change it (the folder row opens a text
/// prompt), Enter saves, Esc leaves everything as it was.
/// </summary>
public sealed class ExportOptionsOverlay : Overlay
{
    private const int RowCount = 9;
    private static readonly int[] ParallelSteps = [1, 2, 4, 6, 8, 12, 16, 24, 32];
    private readonly Action<ExportChoices> saved;
    private readonly SpanView body;
    private ExportChoices options;
    private int row;

    public ExportOptionsOverlay(TuiContext context, ExportChoices options, Action<ExportChoices> saved)
        : base(context, "Export options", 74)
    {
        this.options = options;
        this.saved = saved;
        body = new SpanView(context.Painter);
        Add(body);
        Height = 15;
        Keys.Bind([Key.CursorDown, Key.J, Key.Tab], null, "Next option", () => MoveRow(1))
            .Bind([Key.CursorUp, Key.K, Key.Tab.WithShift], null, "Previous option", () => MoveRow(-1))
            .Bind([Key.CursorRight, Key.Space, Key.L], "Change", "Next value (the folder opens a prompt)", () => Change(1))
            .Bind([Key.CursorLeft, Key.H], null, "Previous value", () => Change(-1))
            .Primary([Key.Enter], () => "Save", "Save the options", Save)
            .Bind([Key.Esc], "Cancel", "Close without saving", Close);
        Render();
    }

    public ExportChoices Current => options;

    public string Rendered => body.PlainText;

    public static string? CheckFolder(string text) =>
        string.IsNullOrWhiteSpace(text) ? "Type a folder path." : null;

    public static string NormaliseFolder(string text)
    {
        var trimmed = text.Trim();
        if (trimmed == "~" || trimmed.StartsWith("~/", StringComparison.Ordinal))
        {
            trimmed = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), trimmed.TrimStart('~', '/'));
        }

        return Path.GetFullPath(trimmed);
    }

    private void MoveRow(int delta)
    {
        row = (row + delta + RowCount) % RowCount;
        Render();
    }

    private void Change(int delta)
    {
        switch (row)
        {
            case 0:
                Context.Overlays.Show(new PromptOverlay(Context, "Export folder", "Albums are exported into this folder:", options.ExportDir, CheckFolder, text =>
                {
                    options = options with { ExportDir = NormaliseFolder(text) };
                    Render();
                }));
                return;
            case 1:
                var index = Array.FindIndex(ParallelSteps, p => p >= options.Parallel);
                index = Math.Clamp((index < 0 ? ParallelSteps.Length - 1 : index) + delta, 0, ParallelSteps.Length - 1);
                options = options with { Parallel = ParallelSteps[index] };
                break;
            case 2:
                options = options with { Link = options.Link == LinkMode.Copy ? LinkMode.Hardlink : LinkMode.Copy };
                break;
            case 3:
                options = options with { Deletions = (DeletionMode)(((int)options.Deletions + delta + 3) % 3) };
                break;
            case 4:
                options = options with { MetaDir = options.MetaDir == ".meta" ? "metadata" : ".meta" };
                break;
            case 5:
                options = options with { Xmp = !options.Xmp };
                break;
            case 6:
                DateAndRatePrompts.EditSince(Context, options.Since, options.Until, text => Changed(options with { Since = text }));
                return;
            case 7:
                DateAndRatePrompts.EditUntil(Context, options.Since, options.Until, text => Changed(options with { Until = text }));
                return;
            case 8:
                DateAndRatePrompts.EditRate(Context, options.BandwidthLimit, text => Changed(options with { BandwidthLimit = text }));
                return;
        }

        Render();
    }

    private void Changed(ExportChoices changed)
    {
        options = changed;
        Render();
    }

    private void Save()
    {
        Close();
        saved(options);
    }

    private void Render()
    {
        (string Label, string Value, string Note)[] rows =
        [
            ("Export folder", options.ExportDir, "→ edit"),
            ("Parallel downloads", options.Parallel.ToString(Formats.Culture), "1–32"),
            ("Files in several albums", options.Link == LinkMode.Copy ? "a copy in each album" : "hardlinks (stored once)", string.Empty),
            ("Removed in Ente", options.Deletions switch { DeletionMode.Trash => "move to .trash/", DeletionMode.Keep => "keep on disk", _ => "delete from disk" }, string.Empty),
            ("Sidecar JSON folder", options.MetaDir + "/", options.MetaDir == ".meta" ? "Ente CLI layout" : "Ente desktop layout"),
            ("XMP beside each file", options.Xmp ? "yes (<name>.xmp)" : "no", "darktable, digiKam, Immich"),
            ("Captured since", DateAndRatePrompts.Show(options.Since, "any date"), "→ edit"),
            ("Captured until", DateAndRatePrompts.Show(options.Until, "any date"), "→ edit"),
            ("Bandwidth limit", DateAndRatePrompts.Show(options.BandwidthLimit, "none"), "→ edit (500k, 2M)"),
        ];
        var lines = new List<TextLine> { TextLine.Empty };
        for (var i = 0; i < rows.Length; i++)
        {
            var cursor = i == row;
            lines.Add(TextLine.Of(
                new Span(cursor ? " ▸ " : "   ", Tone.Key),
                new Span(Cells.Pad(rows[i].Label, 25), Tone.Muted),
                new Span(Cells.Pad("‹ " + rows[i].Value + " ›", 36), cursor ? Tone.Selected : Tone.Normal),
                new Span(" " + rows[i].Note, Tone.Muted)));
        }

        lines.Add(TextLine.Empty);
        lines.Add(TextLine.Of(new Span(" ←/→", Tone.Key), new Span(" change   ", Tone.Muted), new Span("Enter", Tone.Key), new Span(" save   ", Tone.Muted), new Span("Esc", Tone.Key), new Span(" cancel", Tone.Muted)));
        body.Lines = lines;
    }
}
