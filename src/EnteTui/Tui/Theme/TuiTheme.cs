using Terminal.Gui.Drawing;

namespace EnteTui.Tui.Theme;

/// <summary>
/// The schemes one TUI run uses. Applied per view (never through the process-wide SchemeManager),
/// so several applications in one process (tests) can use different colour modes.
/// </summary>
public sealed record TuiTheme(
    ColorMode Mode,
    Scheme Base,
    Scheme Header,
    Scheme Dialog,
    Scheme Error,
    Scheme Success,
    Scheme Warning,
    Scheme Muted)
{
    public static TuiTheme For(ColorMode mode) => mode switch
    {
        ColorMode.Never => MonochromeTheme.Create(),
        ColorMode.Sixteen => SixteenColorTheme.Create(),
        _ => FullColorTheme.Create(),
    };

    public Scheme this[TuiRole role] => role switch
    {
        TuiRole.Header => Header,
        TuiRole.Dialog => Dialog,
        TuiRole.Error => Error,
        TuiRole.Success => Success,
        TuiRole.Warning => Warning,
        TuiRole.Muted => Muted,
        _ => Base,
    };
}
