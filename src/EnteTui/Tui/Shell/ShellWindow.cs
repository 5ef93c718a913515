using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace EnteTui.Tui.Shell;

/// <summary>
/// The one running window: header line, the current screen, the hint line. Below the minimum
/// size it shows only a "terminal too small" notice until the terminal grows again.
/// </summary>
public sealed class ShellWindow : Window
{
    public const int MinWidth = 60;
    public const int MinHeight = 15;

    public ShellWindow(TuiContext context)
    {
        BorderStyle = LineStyle.None;
        SetScheme(context.Theme.Base);
        Header = new HeaderBar(context.Painter);
        Body = new View { Y = 1, Width = Dim.Fill(), Height = Dim.Fill(1), CanFocus = true, TabStop = TabBehavior.TabGroup };
        Hints = new HintBar(context.Painter) { Y = Pos.AnchorEnd(1) };
        TooSmallNotice = new SpanView(context.Painter) { Visible = false };
        Add(Header, Body, Hints, TooSmallNotice);
        FrameChanged += (_, _) => UpdateSizeNotice();
    }

    public HeaderBar Header { get; }

    public View Body { get; }

    public HintBar Hints { get; }

    public SpanView TooSmallNotice { get; }

    public bool IsTooSmall { get; private set; }

    private void UpdateSizeNotice()
    {
        var size = Frame.Size;
        IsTooSmall = size.Width < MinWidth || size.Height < MinHeight;
        TooSmallNotice.Visible = IsTooSmall;
        Body.Visible = !IsTooSmall;
        Hints.Visible = !IsTooSmall;
        Header.Visible = !IsTooSmall;
        if (IsTooSmall)
        {
            var top = Math.Max(0, (size.Height / 2) - 2);
            var lines = Enumerable.Repeat(TextLine.Empty, top).ToList();
            lines.Add(TextLine.Plain(" Terminal too small", Tone.Strong));
            lines.Add(TextLine.Plain($" {size.Width}×{size.Height}: EnteTui needs at least {MinWidth}×{MinHeight}."));
            lines.Add(TextLine.Plain(" Make the window larger, or press q to quit.", Tone.Muted));
            TooSmallNotice.Lines = lines;
        }
    }
}
