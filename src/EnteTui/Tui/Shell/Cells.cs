using Terminal.Gui.Text;

namespace EnteTui.Tui.Shell;

/// <summary>Terminal column arithmetic: wide (CJK, emoji) characters take two cells.</summary>
public static class Cells
{
    public static int Width(string text) => text.EnumerateRunes().Sum(Width);

    public static int Width(Rune rune) => Math.Max(0, rune.GetColumns());

    /// <summary>Cuts <paramref name="text"/> to at most <paramref name="width"/> cells, ending in "…" when cut.</summary>
    public static string Fit(string text, int width) =>
        width <= 0 ? string.Empty : Width(text) <= width ? text : Take(text, width - 1) + "…";

    /// <summary>
    /// Fits a path into <paramref name="width"/> cells by eliding the middle: the start of the path,
    /// "…", and the file name whole ("Takeout/Google Photos/…/IMG_0001.jpg"). A file name too long
    /// by itself keeps its start and its end (the extension) around the "…".
    /// </summary>
    public static string FitPath(string path, int width)
    {
        if (width <= 0 || Width(path) <= width)
        {
            return width <= 0 ? string.Empty : path;
        }

        var slash = path.LastIndexOf('/');
        var name = path[(slash + 1)..];
        var room = width - Width(name) - 2;
        return slash < 0 || room < 0 ? FitMiddle(name, width) : Take(path[..slash], room) + "…/" + name;
    }

    /// <summary>Fits a path (<see cref="FitPath"/>) and pads it with spaces to exactly <paramref name="width"/> cells.</summary>
    public static string PadPath(string path, int width) => PadRight(FitPath(path, width), width);

    /// <summary>Fits and pads with spaces to exactly <paramref name="width"/> cells.</summary>
    public static string Pad(string text, int width) => PadRight(Fit(text, width), width);

    /// <summary>Fits and right-aligns within <paramref name="width"/> cells.</summary>
    public static string PadLeft(string text, int width)
    {
        var fitted = Fit(text, width);
        return new string(' ', Math.Max(0, width - Width(fitted))) + fitted;
    }

    private static string PadRight(string fitted, int width) => fitted + new string(' ', Math.Max(0, width - Width(fitted)));

    /// <summary>The start of <paramref name="text"/> that fits in <paramref name="width"/> cells.</summary>
    private static string Take(string text, int width)
    {
        var result = new StringBuilder();
        var used = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (used + Width(rune) > width)
            {
                break;
            }

            result.Append(rune.ToString());
            used += Width(rune);
        }

        return result.ToString();
    }

    private static string FitMiddle(string text, int width)
    {
        var tail = new StringBuilder();
        var used = 0;
        foreach (var rune in text.EnumerateRunes().Reverse())
        {
            if (used + Width(rune) > (width - 1) / 2)
            {
                break;
            }

            tail.Insert(0, rune.ToString());
            used += Width(rune);
        }

        return Take(text, width - 1 - used) + "…" + tail;
    }
}
