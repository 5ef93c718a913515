using EnteTui.Tui.Shell;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace EnteTui.Tui.Keymap;

/// <summary>The <c>?</c>/F1 overlay: every binding of the current screen and the global keys, from the same tables.</summary>
public sealed class HelpOverlay : Overlay
{
    private readonly SpanView body;

    public HelpOverlay(TuiContext context, IReadOnlyList<KeyTable> tables)
        : base(context, "Keys", 72)
    {
        var lines = new List<TextLine>();
        var labelWidth = Math.Min(14, tables.SelectMany(t => t).Select(c => Cells.Width(c.Label)).DefaultIfEmpty(4).Max());
        foreach (var table in tables.Where(t => t.Any()))
        {
            if (lines.Count > 0)
            {
                lines.Add(TextLine.Empty);
            }

            lines.Add(TextLine.Plain(table.Title, Tone.Strong));
            foreach (var command in table)
            {
                lines.Add(TextLine.Of(new Span("  " + Cells.Pad(command.Label, labelWidth) + "  ", Tone.Key), new Span(command.Help)));
            }
        }

        body = new SpanView(context.Painter) { Height = Dim.Fill(1), Lines = lines };
        var footer = new SpanView(context.Painter)
        {
            Y = Pos.AnchorEnd(1),
            Height = 1,
            Lines = [TextLine.Of(new Span("↑/↓", Tone.Key), new Span(" scroll   ", Tone.Muted), new Span("Esc/?/q", Tone.Key), new Span(" close", Tone.Muted))],
        };
        Add(body, footer);
        Height = Dim.Func(_ => Math.Min(lines.Count + 3, Math.Max(6, (SuperView?.Viewport.Height ?? 24) - 2)));
        Keys.Primary([Key.Esc, Key.Q, new Key('?'), Key.F1, Key.Enter], () => "Close", "Close the help", Close)
            .Bind([Key.CursorDown, Key.J], null, "Scroll down", () => body.ScrollBy(1))
            .Bind([Key.CursorUp, Key.K], null, "Scroll up", () => body.ScrollBy(-1))
            .Bind([Key.PageDown, Key.Space], null, "Scroll a page down", () => body.ScrollBy(Math.Max(1, body.Viewport.Height - 1)))
            .Bind([Key.PageUp], null, "Scroll a page up", () => body.ScrollBy(-Math.Max(1, body.Viewport.Height - 1)));
    }

    public string Rendered => body.PlainText;
}
