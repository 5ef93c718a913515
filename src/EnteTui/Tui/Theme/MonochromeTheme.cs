using Terminal.Gui.Drawing;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace EnteTui.Tui.Theme;

/// <summary>
/// NO_COLOR / <c>--color never</c>: the terminal's own foreground and background everywhere
/// (SGR 39/49), with reverse video for the cursor, bold for keys and emphasis, underline for input.
/// </summary>
public static class MonochromeTheme
{
    public static TuiTheme Create()
    {
        var plain = Plain(TextStyle.None);
        var baseScheme = new Scheme(plain)
        {
            Normal = plain,
            Focus = Plain(TextStyle.Reverse),
            HotNormal = Plain(TextStyle.Bold),
            HotFocus = Plain(TextStyle.Reverse | TextStyle.Bold),
            Active = Plain(TextStyle.Bold),
            HotActive = Plain(TextStyle.Bold | TextStyle.Underline),
            Highlight = Plain(TextStyle.Reverse),
            Editable = Plain(TextStyle.Underline),
            ReadOnly = plain,
            Disabled = Plain(TextStyle.Faint),
        };
        var emphasised = Single(TextStyle.Bold, baseScheme);
        return new TuiTheme(
            ColorMode.Never,
            baseScheme,
            Header: Single(TextStyle.Reverse, baseScheme),
            Dialog: baseScheme,
            Error: emphasised,
            Success: baseScheme,
            Warning: emphasised,
            Muted: Single(TextStyle.Faint, baseScheme));
    }

    private static Attribute Plain(TextStyle style) => new(Color.None, Color.None, style);

    private static Scheme Single(TextStyle style, Scheme source) => source with { Normal = Plain(style) };
}
