using EnteTui.Cli.Hosting;
using EnteTui.Tests.Support;
using EnteTui.Tests.Tui.Support;
using EnteTui.Tui;
using EnteTui.Tui.Screens.Albums;
using Terminal.Gui.Input;

namespace EnteTui.Tests.Tui.RealServices;

/// <summary>The TUI over the real service layer (adapters, LiteDB, HTTP) with its own state directory.</summary>
public sealed class RealTui : IDisposable
{
    private readonly CliHost host;

    /// <summary>A TUI of <paramref name="width"/> × <paramref name="height"/>; <paramref name="time"/>: a fake clock for the app (HTTP attempts may then take an hour of it, as it races ahead).</summary>
    public RealTui(int width = 100, int height = 30, TimeProvider? time = null)
    {
        Home = Directory.CreateTempSubdirectory("ente-tui-home-").FullName;
        ExportDir = Path.Combine(Home, "export");
        var variables = new Dictionary<string, string> { ["ENTE_TUI_HOME"] = Home, ["HOME"] = Home };
        if (time is not null)
        {
            variables["ENTE_TUI_HTTP_TIMEOUT_S"] = "3600";
        }

        host = new CliHost(new CliEnvironment(new TestConsole(), name => variables.GetValueOrDefault(name)) { Time = time });
        Tui = new TuiHarness(host.Get<TuiServices>(), width, height);
    }

    public string Home { get; }

    public string ExportDir { get; }

    public TuiHarness Tui { get; }

    /// <summary>Logs in through the login screen and waits for the album list.</summary>
    public void LogIn(string endpoint, string email, string password)
    {
        SubmitLogin(endpoint, email, password);
        Tui.WaitFor(() => Tui.Current is AlbumsScreen, "the album list");
        Tui.WaitForText("Holiday 2023");
    }

    /// <summary>Fills the login screen and presses Enter.</summary>
    public void SubmitLogin(string endpoint, string email, string password)
    {
        Tui.Press(Key.A);
        var login = Tui.CurrentAs<EnteTui.Tui.Screens.Accounts.LoginScreen>();
        login.Form.Server.SetFocus();
        Tui.Press(Key.Space);
        Tui.Type(endpoint);
        login.Form.Email.SetFocus();
        Tui.Type(email);
        Tui.Press(Key.CursorDown);
        Tui.Type(password);
        Tui.Press(Key.Enter);
    }

    /// <summary>Points the export at this test's folder through the folder prompt.</summary>
    public void SetExportFolder()
    {
        Tui.Press(Key.F);
        var prompt = Assert.IsType<EnteTui.Tui.Shell.PromptOverlay>(Tui.Context.Overlays.Top);
        prompt.Field.Text = string.Empty;
        Tui.Type(ExportDir);
        Tui.Press(Key.Enter);
        Tui.WaitForText("Export to  " + ExportDir);
    }

    public void Dispose()
    {
        Tui.Dispose();
        host.DisposeAsync().AsTask().GetAwaiter().GetResult();
        try
        {
            Directory.Delete(Home, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
