using EnteTui.Tui.Keymap;
using Terminal.Gui.Input;
using Terminal.Gui.Views;

namespace EnteTui.Tui.Shell;

/// <summary>
/// Wires the window, the screens and the keys. Every key goes through <c>app.Keyboard.KeyDown</c>
/// (raised before any view sees it): the open overlay's table, else the screen's table, else the
/// global one. Ctrl+C is always ours: it asks when work runs, then stops it cleanly and quits.
/// </summary>
public sealed class TuiShell : IDisposable
{
    private readonly TuiContext context;
    private bool quitting;

    public TuiShell(TuiContext context)
    {
        this.context = context;
        Window = new ShellWindow(context);
        Global = new KeyTable("Everywhere")
            .Bind([new Key('?'), Key.F1], "Help", "Show the keys of this screen", ShowHelp)
            .Bind([Key.Q], "Back", "Go back (asks first when work is running)", () => context.Navigator.Back(), () => context.Navigator.Depth > 1)
            .Bind([Key.Q], "Quit", "Quit (asks first when work is running)", () => context.Navigator.Back(), () => context.Navigator.Depth <= 1)
            .Bind([Key.C.WithCtrl], null, "Stop any running work cleanly and quit (asks first)", Interrupt);
        context.Overlays.Attach(Window, Window.Body);
        context.Navigator.Showing += Show;
        context.Navigator.QuitRequested += Quit;
        context.Refresh = Refresh;
        context.App.Keyboard.KeyDown += OnKeyDown;
    }

    public ShellWindow Window { get; }

    public KeyTable Global { get; }

    /// <summary>True while a text field has the focus: printable keys then go to the field.</summary>
    public bool Typing => Window.MostFocused is TextField;

    public void Dispose()
    {
        context.App.Keyboard.KeyDown -= OnKeyDown;
        foreach (var screen in context.Navigator.Screens)
        {
            if (screen.View.SuperView is null)
            {
                screen.View.Dispose();
            }
        }

        Window.Dispose();
    }

    private void Show(Screen screen)
    {
        Window.Body.RemoveAll();
        screen.View.X = 0;
        screen.View.Y = 0;
        screen.View.Width = Terminal.Gui.ViewBase.Dim.Fill();
        screen.View.Height = Terminal.Gui.ViewBase.Dim.Fill();
        Window.Body.Add(screen.View);
        Refresh();
    }

    private void Refresh()
    {
        var screen = context.Navigator.Current;
        var trail = string.Join("  ›  ", new[] { "EnteTui" }.Concat(context.Navigator.Screens.Select(s => s.Title)));
        Window.Header.Show(trail, screen?.Detail);
        if (context.Overlays.Top is { } overlay)
        {
            Window.Hints.Show(overlay.Keys.Hints, []);
        }
        else
        {
            Window.Hints.Show(screen?.Keys.Hints ?? [], Global.Hints);
        }
    }

    private void ShowHelp()
    {
        var tables = new List<KeyTable>();
        if (context.Navigator.Current is { } screen)
        {
            tables.Add(screen.Keys);
        }

        tables.Add(Global);
        context.Overlays.Show(new HelpOverlay(context, tables));
    }

    private void OnKeyDown(object? sender, Key key)
    {
        if (key.Handled)
        {
            return;
        }

        var typing = Typing;
        key.Handled = Dispatch(key, typing) || key == Key.Esc || context.Overlays.Top is not null && !typing;
    }

    private bool Dispatch(Key key, bool typing)
    {
        if (key == Key.C.WithCtrl)
        {
            Interrupt();
            return true;
        }

        if (Window.IsTooSmall)
        {
            if (key == Key.Q)
            {
                Quit();
            }

            return true;
        }

        var command = CommandFor(key, typing);
        command?.Run();
        if (command is not null)
        {
            Refresh();
        }

        return command is not null;
    }

    /// <summary>
    /// The command a key runs now: the open overlay's, else the current screen's, else a global one
    /// (null when no table takes it).
    /// </summary>
    public KeyCommand? CommandFor(Key key, bool typing) =>
        context.Overlays.Top is { } overlay
            ? overlay.Keys.Find(key, typing)
            : context.Navigator.Current?.Keys.Find(key, typing) ?? Global.Find(key, typing);

    private void Interrupt()
    {
        if (quitting)
        {
            return;
        }

        var busy = context.Navigator.Screens.Where(s => s.IsBusy).ToList();
        if (busy.Count == 0)
        {
            Quit();
            return;
        }

        if (context.Overlays.Top is ChoiceOverlay { Title: InterruptTitle } asking)
        {
            asking.Choose(1);
            return;
        }

        context.Overlays.Confirm(
            InterruptTitle,
            busy[^1].BusyQuestion + " EnteTui quits once it has stopped.",
            confirmText: "Stop and quit",
            cancelText: "Keep running",
            onConfirm: () => StopAllThenQuit(busy));
    }

    private const string InterruptTitle = "Stop and quit?";

    private void StopAllThenQuit(IReadOnlyList<Screen> busy)
    {
        quitting = true;
        var waiting = context.Overlays.Wait("Stopping", "Finishing the files in flight, then quitting…");
        context.Await(Task.WhenAll(busy.Select(s => s.StopAsync())), () => { waiting.Close(); Quit(); }, _ => Quit());
    }

    private void Quit()
    {
        quitting = true;
        context.App.RequestStop();
    }
}
