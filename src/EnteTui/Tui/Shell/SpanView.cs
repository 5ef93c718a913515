using Terminal.Gui.ViewBase;

namespace EnteTui.Tui.Shell;

/// <summary>A read-only block of styled lines, cut to its size; scrolls with <see cref="Offset"/>.</summary>
public class SpanView : View
{
    private readonly TonePainter painter;
    private IReadOnlyList<TextLine> lines = [];

    public SpanView(TonePainter painter)
    {
        this.painter = painter;
        CanFocus = false;
        Width = Dim.Fill();
        Height = Dim.Fill();
    }

    public Tone Fill { get; set; } = Tone.Normal;

    public int Offset { get; private set; }

    public IReadOnlyList<TextLine> Lines
    {
        get => lines;
        set
        {
            lines = value;
            Offset = Math.Clamp(Offset, 0, Math.Max(0, lines.Count - 1));
            SetNeedsDraw();
        }
    }

    public string PlainText => string.Join('\n', lines.Select(l => l.Text));

    public void ScrollBy(int rows)
    {
        var max = Math.Max(0, lines.Count - Viewport.Height);
        Offset = Math.Clamp(Offset + rows, 0, max);
        SetNeedsDraw();
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var viewport = Viewport;
        for (var row = 0; row < viewport.Height; row++)
        {
            var index = Offset + row;
            var line = index < lines.Count ? lines[index] : TextLine.Empty;
            painter.Paint(this, 0, row, viewport.Width, line, Fill);
        }

        return true;
    }
}
