using EnteTui.Tui.Theme;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace EnteTui.Tui.Shell;

/// <summary>Draws styled spans into a view, clipped to a width, wide characters respected.</summary>
public sealed class TonePainter(TuiTheme theme)
{
    public TuiTheme Theme { get; } = theme;

    public Attribute AttributeFor(Tone tone) => tone switch
    {
        Tone.Key => Theme.Base.HotNormal,
        Tone.Strong => Theme.Base.Active,
        Tone.Muted => Theme.Muted.Normal,
        Tone.Error => Theme.Error.Normal,
        Tone.Success => Theme.Success.Normal,
        Tone.Warning => Theme.Warning.Normal,
        Tone.Header => Theme.Header.Normal,
        Tone.Selected => Theme.Base.Focus,
        Tone.Qr => Theme.Mode == ColorMode.Never ? Theme.Base.Normal : new Attribute(Color.White, Color.Black),
        _ => Theme.Base.Normal,
    };

    /// <summary>Paints <paramref name="line"/> at (col,row), filling the rest of <paramref name="width"/> with <paramref name="fill"/>.</summary>
    public void Paint(View view, int col, int row, int width, TextLine line, Tone fill = Tone.Normal, Tone? force = null)
    {
        view.Move(col, row);
        var used = 0;
        foreach (var span in line.Spans)
        {
            var remaining = width - used;
            if (remaining <= 0)
            {
                break;
            }

            var text = Cells.Fit(span.Text, remaining);
            view.SetAttribute(AttributeFor(force ?? span.Tone));
            view.AddStr(text);
            used += Cells.Width(text);
        }

        if (used < width)
        {
            view.SetAttribute(AttributeFor(force ?? fill));
            view.AddStr(new StringBuilder().Append(' ', width - used).ToString());
        }
    }
}
