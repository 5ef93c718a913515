using Terminal.Gui.ViewBase;

namespace EnteTui.Tui.Shell;

/// <summary>The top line: where you are on the left, the account or path on the right.</summary>
public sealed class HeaderBar : View
{
    private readonly TonePainter painter;
    private string left = string.Empty;
    private string right = string.Empty;

    public HeaderBar(TonePainter painter)
    {
        this.painter = painter;
        CanFocus = false;
        Height = 1;
        Width = Dim.Fill();
    }

    public string Rendered => left + " " + right;

    public void Show(string where, string? detail)
    {
        left = where;
        right = detail ?? string.Empty;
        SetNeedsDraw();
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var width = Viewport.Width;
        var rightText = right.Length > 0 ? Cells.Fit(right, Math.Max(0, (width / 2) - 2)) + " " : string.Empty;
        var leftText = Cells.Pad(" " + left, Math.Max(0, width - Cells.Width(rightText)));
        painter.Paint(this, 0, 0, width, TextLine.Of(new Span(leftText, Tone.Header), new Span(rightText, Tone.Header)), Tone.Header);
        return true;
    }
}
