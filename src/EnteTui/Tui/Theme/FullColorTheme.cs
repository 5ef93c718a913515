using Terminal.Gui.Drawing;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace EnteTui.Tui.Theme;

/// <summary>
/// The default look: the terminal's own background, so it sits calmly in light and dark terminals,
/// with one green accent for keys and the header and a quiet teal cursor bar.
/// </summary>
public static class FullColorTheme
{
    private static readonly Color Accent = new(0x5F, 0xD7, 0x9F, 255);
    private static readonly Color CursorBar = new(0x1F, 0x4E, 0x46, 255);
    private static readonly Color InputBar = new(0x30, 0x34, 0x36, 255);
    private static readonly Color Bright = new(0xF2, 0xF2, 0xF2, 255);
    private static readonly Color Grey = new(0x8A, 0x8F, 0x93, 255);

    public static TuiTheme Create()
    {
        var baseScheme = new Scheme(new Attribute(Color.None, Color.None))
        {
            Normal = new Attribute(Color.None, Color.None),
            Focus = new Attribute(Bright, CursorBar),
            HotNormal = new Attribute(Accent, Color.None, TextStyle.Bold),
            HotFocus = new Attribute(Accent, CursorBar, TextStyle.Bold),
            Active = new Attribute(Accent, Color.None, TextStyle.Bold),
            HotActive = new Attribute(Accent, Color.None, TextStyle.Bold | TextStyle.Underline),
            Highlight = new Attribute(Bright, CursorBar),
            Editable = new Attribute(Bright, InputBar),
            ReadOnly = new Attribute(Grey, Color.None),
            Disabled = new Attribute(Grey, Color.None),
        };
        return new TuiTheme(
            ColorMode.Auto,
            baseScheme,
            Header: With(baseScheme, new Attribute(new Color(0x10, 0x14, 0x12, 255), Accent, TextStyle.Bold)),
            Dialog: baseScheme,
            Error: With(baseScheme, new Attribute(new Color(0xFF, 0x6B, 0x6B, 255), Color.None, TextStyle.Bold)),
            Success: With(baseScheme, new Attribute(Accent, Color.None)),
            Warning: With(baseScheme, new Attribute(new Color(0xF5, 0xC2, 0x6B, 255), Color.None)),
            Muted: With(baseScheme, new Attribute(Grey, Color.None)));
    }

    private static Scheme With(Scheme source, Attribute normal) => source with { Normal = normal };
}
