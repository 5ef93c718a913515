using Terminal.Gui.Drawing;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace EnteTui.Tui.Theme;

/// <summary><c>--color 16</c>: the same layout in the 16 basic ANSI colours (the driver is switched to 16-colour output).</summary>
public static class SixteenColorTheme
{
    public static TuiTheme Create()
    {
        var none = Color.None;
        var baseScheme = new Scheme(new Attribute(none, none))
        {
            Normal = new Attribute(none, none),
            Focus = new Attribute(new Color(ColorName16.White), new Color(ColorName16.Blue)),
            HotNormal = new Attribute(new Color(ColorName16.BrightGreen), none, TextStyle.Bold),
            HotFocus = new Attribute(new Color(ColorName16.BrightGreen), new Color(ColorName16.Blue), TextStyle.Bold),
            Active = new Attribute(new Color(ColorName16.BrightGreen), none, TextStyle.Bold),
            HotActive = new Attribute(new Color(ColorName16.BrightGreen), none, TextStyle.Bold | TextStyle.Underline),
            Highlight = new Attribute(new Color(ColorName16.White), new Color(ColorName16.Blue)),
            Editable = new Attribute(none, none, TextStyle.Underline),
            ReadOnly = new Attribute(new Color(ColorName16.Gray), none),
            Disabled = new Attribute(new Color(ColorName16.Gray), none),
        };
        return new TuiTheme(
            ColorMode.Sixteen,
            baseScheme,
            Header: With(baseScheme, new Attribute(new Color(ColorName16.Black), new Color(ColorName16.Green))),
            Dialog: baseScheme,
            Error: With(baseScheme, new Attribute(new Color(ColorName16.BrightRed), none, TextStyle.Bold)),
            Success: With(baseScheme, new Attribute(new Color(ColorName16.BrightGreen), none)),
            Warning: With(baseScheme, new Attribute(new Color(ColorName16.BrightYellow), none)),
            Muted: With(baseScheme, new Attribute(new Color(ColorName16.Gray), none)));
    }

    private static Scheme With(Scheme source, Attribute normal) => source with { Normal = normal };
}
