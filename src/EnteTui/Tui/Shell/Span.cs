namespace EnteTui.Tui.Shell;

/// <summary>A run of text with one tone.</summary>
public readonly record struct Span(string Text, Tone Tone = Tone.Normal)
{
    public static implicit operator Span(string text) => new(text);
}
