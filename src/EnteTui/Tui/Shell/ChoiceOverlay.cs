using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace EnteTui.Tui.Shell;

/// <summary>
/// A message with buttons drawn as text: ←/→/Tab move, Enter picks, the first letter of a button
/// picks it, Esc picks the first (cancel) button. The last button is the default, as in
/// Terminal.Gui's MessageBox; callers put the safe choice first.
/// </summary>
public sealed class ChoiceOverlay : Overlay
{
    private readonly IReadOnlyList<string> choices;
    private readonly Action<int> chosen;
    private readonly SpanView body;
    private readonly IReadOnlyList<TextLine> message;
    private int selected;

    public ChoiceOverlay(TuiContext context, string title, IReadOnlyList<TextLine> message, IReadOnlyList<string> choices, Action<int> chosen)
        : base(context, title, Math.Max(36, message.Select(l => Cells.Width(l.Text)).DefaultIfEmpty(0).Max() + 4))
    {
        this.message = message;
        this.choices = choices;
        this.chosen = chosen;
        selected = Math.Max(0, choices.Count - 1);
        body = new SpanView(context.Painter);
        Add(body);
        Height = Dim.Func(_ => Math.Min(message.Count + (choices.Count > 0 ? 4 : 2), Math.Max(5, (SuperView?.Viewport.Height ?? 24) - 2)));
        if (choices.Count > 0)
        {
            Keys.Bind([Key.CursorLeft, Key.Tab.WithShift], null, "Previous button", () => Move(-1))
                .Bind([Key.CursorRight, Key.Tab], null, "Next button", () => Move(1))
                .Primary([Key.Enter], () => "Choose", "Choose the highlighted button", () => Choose(selected))
                .Bind([Key.Esc], choices.Count > 1 ? choices[0] : "Close", "Close without choosing", () => Choose(0));
            for (var i = 0; i < choices.Count; i++)
            {
                var index = i;
                var letter = char.ToLowerInvariant(choices[i][0]);
                if (letter is >= 'a' and <= 'z' && choices.Count(c => char.ToLowerInvariant(c[0]) == letter) == 1)
                {
                    Keys.Bind([new Key(letter)], null, $"Choose \"{choices[i]}\"", () => Choose(index));
                }
            }
        }

        Render();
    }

    public IReadOnlyList<string> Choices => choices;

    public int Selected => selected;

    public string Rendered => body.PlainText;

    private void Move(int delta)
    {
        selected = (selected + delta + choices.Count) % choices.Count;
        Render();
    }

    public void Choose(int index)
    {
        Close();
        chosen(index);
    }

    private void Render()
    {
        var lines = new List<TextLine>(message);
        if (choices.Count > 0)
        {
            lines.Add(TextLine.Empty);
            var buttons = new List<Span>();
            for (var i = 0; i < choices.Count; i++)
            {
                buttons.Add(new Span("  "));
                buttons.Add(new Span($"[ {choices[i]} ]", i == selected ? Tone.Selected : Tone.Normal));
            }

            lines.Add(new TextLine(buttons));
        }

        body.Lines = lines;
    }
}
