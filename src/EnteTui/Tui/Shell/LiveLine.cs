using Terminal.Gui.ViewBase;

namespace EnteTui.Tui.Shell;

/// <summary>One line computed at draw time from the width it gets (column headers).</summary>
public sealed class LiveLine : View
{
    private readonly TonePainter painter;
    private readonly Func<int, TextLine> render;

    public LiveLine(TonePainter painter, Func<int, TextLine> render)
    {
        this.painter = painter;
        this.render = render;
        CanFocus = false;
        Height = 1;
        Width = Dim.Fill();
    }

    public string Rendered => render(Math.Max(1, Viewport.Width)).Text;

    protected override bool OnDrawingContent(DrawContext? context)
    {
        painter.Paint(this, 0, 0, Viewport.Width, render(Viewport.Width));
        return true;
    }
}
