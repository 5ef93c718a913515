namespace EnteTui.Tui.Shell;

/// <summary>The meaning of a piece of text; the theme turns it into colours or styles.</summary>
public enum Tone
{
    Normal,
    Key,
    Strong,
    Muted,
    Error,
    Success,
    Warning,
    Header,
    Selected,

    /// <summary>Light-on-dark blocks for QR codes, whatever the theme.</summary>
    Qr,
}
