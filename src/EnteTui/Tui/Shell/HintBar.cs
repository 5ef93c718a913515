using EnteTui.Tui.Keymap;
using Terminal.Gui.ViewBase;

namespace EnteTui.Tui.Shell;

/// <summary>
/// The bottom line: the hints of the active key tables, the screen's primary action first, e.g.
/// "Enter Export 7 albums  Space Mark  a All  / Filter  ? Help  q Back". When the line is too narrow,
/// secondary hints drop, the primary one and the global ones never.
/// </summary>
public sealed class HintBar : View
{
    private readonly TonePainter painter;
    private IReadOnlyList<KeyCommand> screenHints = [];
    private IReadOnlyList<KeyCommand> globalHints = [];

    public HintBar(TonePainter painter)
    {
        this.painter = painter;
        CanFocus = false;
        Height = 1;
        Width = Dim.Fill();
    }

    public string Rendered => BuildLine(int.MaxValue).Text;

    /// <summary>Screen hints first, then the global ones (help, back); the global ones always keep their place.</summary>
    public void Show(IEnumerable<KeyCommand> forScreen, IEnumerable<KeyCommand> global)
    {
        screenHints = forScreen.ToList();
        globalHints = global.ToList();
        SetNeedsDraw();
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        painter.Paint(this, 0, 0, Viewport.Width, BuildLine(Viewport.Width));
        return true;
    }

    /// <summary>Whole hints only: a hint that does not fit is left out rather than cut.</summary>
    private TextLine BuildLine(int width)
    {
        var used = 1 + globalHints.Sum(Cost) + screenHints.Where(c => c.IsPrimary).Sum(Cost);
        var shown = new List<KeyCommand>();
        foreach (var command in screenHints)
        {
            if (command.IsPrimary)
            {
                shown.Add(command);
            }
            else if (used + Cost(command) <= width)
            {
                shown.Add(command);
                used += Cost(command);
            }
        }

        var spans = new List<Span> { new(" ") };
        foreach (var command in shown.Concat(globalHints))
        {
            spans.Add(new Span(command.ShortLabel, Tone.Key));
            spans.Add(new Span(" " + command.Hint + "  ", Tone.Muted));
        }

        return new TextLine(spans);
    }

    private static int Cost(KeyCommand command) => Cells.Width(command.ShortLabel) + 1 + Cells.Width(command.Hint!) + 2;
}
