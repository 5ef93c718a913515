using EnteTui.Tui.Shell;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace EnteTui.Tui.Screens.Accounts;

/// <summary>The login screen's view: the credentials block, the code block, the passkey block, one message line.</summary>
public sealed class LoginForm : View
{
    private const int LabelWidth = 12;
    private readonly TonePainter painter;
    private readonly SpanView urlLabel;
    private readonly SpanView codePrompt;
    private readonly SpanView codeLabel;
    private readonly SpanView passkeyText;
    private readonly SpanView message;
    private readonly SpanView help;

    public LoginForm(TonePainter painter)
    {
        this.painter = painter;
        CanFocus = true;
        var heading = new SpanView(painter)
        {
            X = 2,
            Y = 1,
            Height = 2,
            Lines = [TextLine.Plain("Log in to Ente", Tone.Strong), TextLine.Plain("Your password never leaves this machine and is never stored.", Tone.Muted)],
        };

        Credentials = new View { X = 2, Y = 4, Width = Dim.Fill(2), Height = 4, CanFocus = true, TabStop = TabBehavior.TabGroup };
        Server = new ServerChoice(painter) { X = LabelWidth, Y = 0 };
        urlLabel = Label("URL", 1);
        Url = new TextField { X = LabelWidth, Y = 1, Width = Dim.Fill(), Visible = false };
        urlLabel.Visible = false;
        Email = new TextField { X = LabelWidth, Y = 2, Width = Dim.Fill() };
        Password = new TextField { X = LabelWidth, Y = 3, Width = Dim.Fill(), Secret = true };
        Credentials.Add(Label("Server", 0), Server, urlLabel, Url, Label("Email", 2), Email, Label("Password", 3), Password);

        Code = new View { X = 2, Y = 4, Width = Dim.Fill(2), Height = 3, CanFocus = true, Visible = false };
        codePrompt = new SpanView(painter) { Height = 1 };
        codeLabel = Label("Code", 2);
        CodeField = new TextField { X = LabelWidth, Y = 2, Width = 12 };
        Code.Add(codePrompt, codeLabel, CodeField);

        Passkey = new View { X = 2, Y = 4, Width = Dim.Fill(2), Height = Dim.Fill(2), Visible = false };
        passkeyText = new SpanView(painter);
        Passkey.Add(passkeyText);

        message = new SpanView(painter) { X = 2, Y = Pos.AnchorEnd(2), Height = 1, Width = Dim.Fill(2) };
        help = new SpanView(painter) { X = 2, Y = 9, Height = 1, Width = Dim.Fill(2) };
        Add(heading, Credentials, Code, Passkey, help, message);
        ShowCredentials();
    }

    public View Credentials { get; }

    public ServerChoice Server { get; }

    public TextField Url { get; }

    public TextField Email { get; }

    public TextField Password { get; }

    public View Code { get; }

    public TextField CodeField { get; }

    public View Passkey { get; }

    public string Message => message.PlainText;

    public string PasskeyText => passkeyText.PlainText;

    public void ShowUrl(bool visible)
    {
        Url.Visible = visible;
        urlLabel.Visible = visible;
        if (visible)
        {
            Url.SetFocus();
            ShowStatus("Type your server's URL in the URL field (the cursor is there), e.g. https://photos.example.com/api");
        }
    }

    public void ShowCredentials()
    {
        Credentials.Visible = true;
        Code.Visible = false;
        Passkey.Visible = false;
        help.Y = 9;
        help.Lines = [Keys(("Enter", "log in"), ("↑/↓", "move"), ("q", "back"))];
    }

    public void ShowCode(string prompt, string label)
    {
        Credentials.Visible = false;
        Passkey.Visible = false;
        Code.Visible = true;
        codePrompt.Lines = [TextLine.Plain(prompt)];
        codeLabel.Lines = [TextLine.Plain(label, Tone.Muted)];
        CodeField.Text = string.Empty;
        help.Y = 8;
        help.Lines = [Keys(("Enter", "verify"), ("Esc", "start over"))];
        ShowStatus(string.Empty);
        CodeField.SetFocus();
    }

    public void ShowPasskey(string url)
    {
        Credentials.Visible = false;
        Code.Visible = false;
        Passkey.Visible = true;
        help.Y = Pos.AnchorEnd(3);
        help.Lines = [Keys(("Enter", "check now"), ("Esc", "cancel and start over"))];
        var lines = new List<TextLine>
        {
            TextLine.Plain("This account uses a passkey. Open this address on a device that has it:"),
            TextLine.Empty,
            TextLine.Plain(url, Tone.Key),
            TextLine.Empty,
        };
        var qr = QrText.Render(url);
        var room = Frame.Height - 4 - 3 - lines.Count;
        var wide = qr.Count > 0 && qr[0].Length <= Frame.Width - 4;
        if (qr.Count <= room && wide)
        {
            lines.AddRange(qr.Select(row => TextLine.Of(new Span(row, Tone.Qr))));
        }
        else
        {
            lines.Add(TextLine.Plain("(Make the terminal larger to see a QR code for your phone.)", Tone.Muted));
        }

        passkeyText.Lines = lines;
        ShowStatus("Waiting for the passkey to be verified…");
    }

    public void ShowStatus(string text) => message.Lines = [TextLine.Plain(text, Tone.Muted)];

    public void ShowError(string text) => message.Lines = [TextLine.Of(new Span("✗ ", Tone.Error), new Span(text, Tone.Error))];

    private SpanView Label(string text, int row) =>
        new(painter) { X = 0, Y = row, Width = LabelWidth, Height = 1, Lines = [TextLine.Plain(text, Tone.Muted)] };

    private static TextLine Keys(params (string Key, string Text)[] pairs) =>
        new(pairs.SelectMany(p => new[] { new Span(p.Key, Tone.Key), new Span(" " + p.Text + "   ", Tone.Muted) }).ToList());
}
