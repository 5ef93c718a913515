using Terminal.Gui.ViewBase;

namespace EnteTui.Tui.Shell;

/// <summary>A block of lines computed at draw time from the size it gets, so columns fit any width.</summary>
public sealed class LiveText : View
{
    private readonly TonePainter painter;
    private readonly Func<int, int, IReadOnlyList<TextLine>> render;

    public LiveText(TonePainter painter, Func<int, int, IReadOnlyList<TextLine>> render)
    {
        this.painter = painter;
        this.render = render;
        CanFocus = false;
        Width = Dim.Fill();
        Height = Dim.Fill();
    }

    public string Rendered => string.Join('\n', render(Math.Max(40, Viewport.Width), Math.Max(5, Viewport.Height)).Select(l => l.Text));

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var viewport = Viewport;
        var lines = render(viewport.Width, viewport.Height);
        for (var row = 0; row < viewport.Height; row++)
        {
            painter.Paint(this, 0, row, viewport.Width, row < lines.Count ? lines[row] : TextLine.Empty);
        }

        return true;
    }
}
