namespace EnteTui.Tui.Theme;

/// <summary>Parses <c>--color</c> and settles <see cref="ColorMode.Auto"/> against the environment.</summary>
public static class ColorModes
{
    public static readonly string[] OptionValues = ["auto", "16", "never"];

    public static bool TryParse(string? text, out ColorMode mode)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "auto":
                mode = ColorMode.Auto;
                return true;
            case "16":
                mode = ColorMode.Sixteen;
                return true;
            case "never" or "none" or "mono":
                mode = ColorMode.Never;
                return true;
            default:
                mode = ColorMode.Auto;
                return false;
        }
    }

    /// <summary>
    /// An explicit choice wins; with <c>auto</c>, a non-empty NO_COLOR (no-color.org) or TERM=dumb
    /// gives no colour and TERM=linux (the Linux console) gives 16 colours.
    /// </summary>
    public static ColorMode Resolve(ColorMode requested, Func<string, string?> getVariable)
    {
        if (requested != ColorMode.Auto)
        {
            return requested;
        }

        if (!string.IsNullOrEmpty(getVariable("NO_COLOR")))
        {
            return ColorMode.Never;
        }

        return getVariable("TERM") switch
        {
            "dumb" => ColorMode.Never,
            "linux" => ColorMode.Sixteen,
            _ => ColorMode.Auto,
        };
    }
}
