namespace EnteTui.Tui.Theme;

/// <summary>What a piece of text means; each role maps to a scheme of the current theme.</summary>
public enum TuiRole
{
    Base,
    Header,
    Dialog,
    Error,
    Success,
    Warning,
    Muted,
}
