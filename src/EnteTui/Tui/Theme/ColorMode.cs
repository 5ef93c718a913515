namespace EnteTui.Tui.Theme;

/// <summary>How much colour the TUI uses: <c>--color auto|16|never</c>.</summary>
public enum ColorMode
{
    /// <summary>Full colour, unless the environment asks for less (NO_COLOR, TERM=dumb, TERM=linux).</summary>
    Auto,

    /// <summary>The 16 basic ANSI colours only.</summary>
    Sixteen,

    /// <summary>No colour at all: the terminal's own foreground and background, with bold/reverse/underline.</summary>
    Never,
}
