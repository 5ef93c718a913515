using EnteTui.Tui.Screens.Accounts;
using EnteTui.Tui.Theme;
using Terminal.Gui.App;
using Terminal.Gui.Time;

namespace EnteTui.Tui.Shell;

/// <summary>
/// Runs the TUI on the calling thread (Init and Run on one thread, as Terminal.Gui requires) and
/// prints the final summary only after the terminal was restored.
/// </summary>
public static class TuiRunner
{
    public static int Run(TuiServices services, TuiSettings settings, TextWriter output, AccountInfo? openAccount = null)
    {
        var clock = new SystemTimeProvider();
        var app = Application.Create(clock);
        List<string> messages;
        try
        {
            app.Init(settings.Driver);
            var context = Start(app, clock, services, settings.Color, openAccount, out var shell);
            using (shell)
            {
                app.Run(shell.Window);
            }

            messages = context.ExitMessages;
        }
        finally
        {
            app.Dispose();
        }

        foreach (var line in messages)
        {
            output.WriteLine(line);
        }

        return 0;
    }

    /// <summary>Builds the shell over an initialised application and shows the first screen (tests call this too).</summary>
    public static TuiContext Start(IApplication app, ITimeProvider clock, TuiServices services, ColorMode color, AccountInfo? openAccount, out TuiShell shell)
    {
        if (color == ColorMode.Sixteen && app.Driver is { } driver)
        {
            driver.Force16Colors = true;
        }

        var context = new TuiContext(app, TuiTheme.For(color), clock);
        shell = new TuiShell(context);

        // The first screen is shown once the window's session has begun, so the focus lands and stays.
        var window = shell.Window;
        void First(object? sender, EventArgs args)
        {
            app.SessionBegun -= First;
            var accounts = new AccountsScreen(context, services);
            context.Navigator.Push(accounts);
            if (openAccount is not null)
            {
                accounts.Open(openAccount);
            }
        }

        app.SessionBegun += First;
        return context;
    }
}
