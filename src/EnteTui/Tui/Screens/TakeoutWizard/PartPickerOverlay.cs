using EnteTui.Tui.Shell;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace EnteTui.Tui.Screens.TakeoutWizard;

/// <summary>
/// A small file browser for Takeout parts: Enter opens a folder (or adds one archive), Space marks
/// archives and folders, <c>a</c> adds the marked ones, Backspace goes up, Esc cancels.
/// </summary>
public sealed class PartPickerOverlay : Overlay
{
    private readonly Action<IReadOnlyList<string>> picked;
    private readonly LineListSource<string> source;
    private readonly ListView list;
    private readonly SpanView where;
    private readonly HashSet<string> marked = new(StringComparer.Ordinal);
    private string folder;

    public PartPickerOverlay(TuiContext context, string start, Action<IReadOnlyList<string>> picked)
        : base(context, "Pick Takeout parts", 76)
    {
        this.picked = picked;
        folder = Directory.Exists(start) ? start : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        source = new LineListSource<string>(context.Painter, Render);
        where = new SpanView(context.Painter) { Height = 1 };
        list = new ListView { Y = 1, Width = Dim.Fill(), Height = Dim.Fill(1), Source = source };
        var help = new SpanView(context.Painter)
        {
            Y = Pos.AnchorEnd(1),
            Height = 1,
            Lines = [TextLine.Of(new Span("Enter", Tone.Key), new Span(" open/add  ", Tone.Muted), new Span("Space", Tone.Key), new Span(" mark  ", Tone.Muted), new Span("a", Tone.Key), new Span(" add marked  ", Tone.Muted), new Span("⌫", Tone.Key), new Span(" up  ", Tone.Muted), new Span("Esc", Tone.Key), new Span(" cancel", Tone.Muted))],
        };
        Add(where, list, help);
        Height = Dim.Func(_ => Math.Max(8, (SuperView?.Viewport.Height ?? 24) - 4));
        Keys.Primary([Key.Enter, Key.CursorRight], () => "Open", "Open the folder, or add the archive", Open)
            .Bind([Key.Space], "Mark", "Mark or unmark a part", Toggle)
            .Bind([Key.A], "Add marked", "Add the marked parts", AddMarked)
            .Bind([Key.Backspace, Key.CursorLeft], "Up", "Go to the parent folder", Up)
            .Bind([Key.Esc], "Cancel", "Close without adding", Close)
            .BindMovement(() => list);
        Load();
    }

    public string Folder => folder;

    public override void OnShown() => list.SetFocus();

    private TextLine Render(string path, int width)
    {
        var isDir = Directory.Exists(path);
        var name = Path.GetFileName(path) + (isDir ? "/" : string.Empty);
        var mark = marked.Contains(path) ? "☑ " : "  ";
        var size = isDir ? string.Empty : Formats.Bytes(new FileInfo(path).Length);
        return TextLine.Of(new Span(mark, Tone.Key), new Span(Cells.Pad(name, Math.Max(10, width - 14)), isDir ? Tone.Strong : Tone.Normal), new Span(Cells.PadLeft(size, 12), Tone.Muted));
    }

    private void Load()
    {
        var entries = new List<string>();
        try
        {
            entries.AddRange(Directory.EnumerateDirectories(folder).Where(d => !Path.GetFileName(d).StartsWith('.')).Order(StringComparer.Ordinal));
            entries.AddRange(Directory.EnumerateFiles(folder).Where(PartPatterns.IsArchive).Order(StringComparer.Ordinal));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }

        source.SetItems(entries);
        list.SelectedItem = entries.Count > 0 ? 0 : null;
        where.Lines = [TextLine.Of(new Span(Cells.Fit(folder, 70), Tone.Muted))];
    }

    private string? Selected => list.SelectedItem is int i && i < source.Count ? source.Items[i] : null;

    private void Open()
    {
        if (Selected is not { } path)
        {
            return;
        }

        if (Directory.Exists(path) && !marked.Contains(path))
        {
            folder = path;
            Load();
            return;
        }

        marked.Add(path);
        AddMarked();
    }

    private void Toggle()
    {
        if (Selected is { } path && !marked.Remove(path))
        {
            marked.Add(path);
        }

        list.MoveDown(false);
        list.SetNeedsDraw();
    }

    private void AddMarked()
    {
        if (marked.Count == 0)
        {
            return;
        }

        Close();
        picked(marked.Order(StringComparer.Ordinal).ToList());
    }

    private void Up()
    {
        if (Directory.GetParent(folder) is { } parent)
        {
            folder = parent.FullName;
            Load();
        }
    }
}
