using EnteTui.Tui.Shell;
using Terminal.Gui.ViewBase;

namespace EnteTui.Tui.Screens.Accounts;

/// <summary>"(•) Ente  ( ) Self-hosted": a two-way choice toggled with Space or the arrows.</summary>
public sealed class ServerChoice : View
{
    private readonly TonePainter painter;
    private bool selfHosted;

    public ServerChoice(TonePainter painter)
    {
        this.painter = painter;
        CanFocus = true;
        Height = 1;
        Width = Dim.Fill();
    }

    public event Action? Changed;

    public bool SelfHosted
    {
        get => selfHosted;
        set
        {
            selfHosted = value;
            SetNeedsDraw();
            Changed?.Invoke();
        }
    }

    public string Rendered => BuildLine().Text;

    public void Toggle() => SelfHosted = !SelfHosted;

    protected override bool OnDrawingContent(DrawContext? context)
    {
        painter.Paint(this, 0, 0, Viewport.Width, BuildLine());
        return true;
    }

    private TextLine BuildLine()
    {
        var cursor = HasFocus ? Tone.Selected : Tone.Normal;
        return TextLine.Of(
            new Span(selfHosted ? "( ) " : "(•) ", selfHosted ? Tone.Normal : cursor),
            new Span("Ente ", selfHosted ? Tone.Normal : cursor),
            new Span(new Uri(Endpoints.Production).Host + "    ", Tone.Muted),
            new Span(selfHosted ? "(•) Self-hosted" : "( ) Self-hosted", selfHosted ? cursor : Tone.Normal));
    }
}
