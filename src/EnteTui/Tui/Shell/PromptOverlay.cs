using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace EnteTui.Tui.Shell;

/// <summary>
/// Asks for one line of text. Enter submits; <c>validate</c> returns an error to show in place
/// (the box stays open) or null to accept. Esc cancels.
/// </summary>
public sealed class PromptOverlay : Overlay
{
    private readonly Func<string, string?> validate;
    private readonly Action<string> accepted;
    private readonly SpanView error;

    public PromptOverlay(TuiContext context, string title, string label, string initial, Func<string, string?> validate, Action<string> accepted)
        : base(context, title, 70)
    {
        this.validate = validate;
        this.accepted = accepted;
        var caption = new SpanView(context.Painter) { Height = 1, Lines = [TextLine.Plain(label)] };
        Field = new TextField { X = 0, Y = 1, Width = Dim.Fill(), Text = initial };
        error = new SpanView(context.Painter) { Y = 2, Height = 1 };
        var help = new SpanView(context.Painter)
        {
            Y = 3,
            Height = 1,
            Lines = [TextLine.Of(new Span("Enter", Tone.Key), new Span(" accept   "), new Span("Esc", Tone.Key), new Span(" cancel"))],
        };
        Add(caption, Field, error, help);
        Height = 6;
        Keys.Primary([Key.Enter], () => "Accept", "Accept the text", Submit)
            .Bind([Key.Esc], "Cancel", "Close without changing anything", Close);
    }

    public TextField Field { get; }

    public string Error => error.PlainText;

    public override void OnShown()
    {
        Field.SetFocus();
        Field.MoveEnd();
    }

    private void Submit()
    {
        var text = Field.Text ?? string.Empty;
        var problem = validate(text);
        if (problem is not null)
        {
            error.Lines = [TextLine.Plain(problem, Tone.Error)];
            return;
        }

        Close();
        accepted(text);
    }
}
