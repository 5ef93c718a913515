namespace EnteTui.Tui.Shell;

/// <summary>One line of styled text, built from spans.</summary>
public sealed class TextLine(IReadOnlyList<Span> spans)
{
    public static readonly TextLine Empty = new([]);

    public IReadOnlyList<Span> Spans { get; } = spans;

    public string Text => string.Concat(Spans.Select(s => s.Text));

    public static TextLine Of(params Span[] spans) => new(spans);

    public static TextLine Plain(string text, Tone tone = Tone.Normal) => new([new Span(text, tone)]);

    public override string ToString() => Text;
}
