using EnteTui.Tui.Theme;

namespace EnteTui.Tui.Shell;

/// <summary>How the TUI was asked to run: colours and the Terminal.Gui driver (null = the platform default, ansi on Linux).</summary>
public sealed record TuiSettings(ColorMode Color, string? Driver = null);
