using System.Text;
using Terminal.Gui.Text;

namespace EnteTui.Tui.Shell;

/// <summary>Terminal column arithmetic: wide (CJK, emoji) characters take two cells.</summary>
public static class Cells
{
    public static int Width(string text) => text.EnumerateRunes().Sum(Width);

    public static int Width(Rune rune) => Math.Max(0, rune.GetColumns());

    /// <summary>Cuts <paramref name="text"/> to at most <paramref name="width"/> cells, ending in "…" when cut.</summary>
    public static string Fit(string text, int width)
    {
        if (width <= 0)
        {
            return string.Empty;
        }

        if (Width(text) <= width)
        {
            return text;
        }

        var result = new StringBuilder();
        var used = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var w = Width(rune);
            if (used + w > width - 1)
            {
                break;
            }

            result.Append(rune.ToString());
            used += w;
        }

        return result.Append('…').ToString();
    }

    /// <summary>Fits and pads with spaces to exactly <paramref name="width"/> cells.</summary>
    public static string Pad(string text, int width)
    {
        var fitted = Fit(text, width);
        return fitted + new string(' ', Math.Max(0, width - Width(fitted)));
    }

    /// <summary>Fits and right-aligns within <paramref name="width"/> cells.</summary>
    public static string PadLeft(string text, int width)
    {
        var fitted = Fit(text, width);
        return new string(' ', Math.Max(0, width - Width(fitted))) + fitted;
    }
}
