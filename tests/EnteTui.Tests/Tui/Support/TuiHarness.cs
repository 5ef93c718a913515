using EnteTui.Core.Accounts;
using EnteTui.Tui;
using EnteTui.Tui.Keymap;
using EnteTui.Tui.Shell;
using EnteTui.Tui.Theme;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.Time;
using Xunit.Sdk;

namespace EnteTui.Tests.Tui.Support;

/// <summary>
/// One in-process TUI per test: Terminal.Gui's ANSI driver on a virtual screen, virtual time, keys
/// injected, the screen read back as text. The UI loop is pumped by hand on the test thread
/// (timers, Invoke-d continuations, layout and draw), so Init and every UI call share one thread.
/// </summary>
public sealed class TuiHarness : IDisposable
{
    private readonly TuiShell shell;
    private readonly SessionToken? token;

    public TuiHarness(TuiServices services, int width = 80, int height = 24, ColorMode color = ColorMode.Auto, AccountInfo? open = null)
    {
        Time = new VirtualTimeProvider();
        App = Application.Create(Time);
        App.Init(DriverRegistry.Names.ANSI);
        App.Driver!.SetScreenSize(width, height);
        Context = TuiRunner.Start(App, Time, services, color, open, out shell);
        token = App.Begin(shell.Window);
        Pump();
    }

    public IApplication App { get; }

    public VirtualTimeProvider Time { get; }

    public TuiContext Context { get; }

    public ShellWindow Window => shell.Window;

    public Screen? Current => Context.Navigator.Current;

    public T CurrentAs<T>()
        where T : Screen => Assert.IsType<T>(Current);

    /// <summary>The whole screen as text, freshly drawn.</summary>
    public string Text
    {
        get
        {
            Pump();
            return App.Driver!.ToString() ?? string.Empty;
        }
    }

    public string Ansi
    {
        get
        {
            Pump();
            return App.Driver!.ToAnsi();
        }
    }

    public bool Stopped { get; private set; }

    /// <summary>
    /// Sends each key once the screen that handles it is showing: a key table that runs it now (the
    /// overlay's, the screen's or a global one), the focused text field for typed characters, or a
    /// binding of a focused view (list moves, field editing). Waiting is on that state, never on time.
    /// </summary>
    public void Press(params Key[] keys)
    {
        foreach (var key in keys)
        {
            WaitFor(() => Takes(key), $"a screen that takes {key}");
            App.InjectKey(key);
            Pump();
        }
    }

    /// <summary>Sends a key that nothing on the showing screen takes (asserted), to check that it stays without effect.</summary>
    public void PressIgnored(Key key)
    {
        Pump();
        Assert.False(Takes(key), $"{key} is taken by the showing screen");
        App.InjectKey(key);
        Pump();
    }

    public void Type(string text) => Press([.. text.Select(c => new Key(c))]);

    /// <summary>True when <paramref name="key"/> would do something if it were sent now.</summary>
    public bool Takes(Key key)
    {
        if (key == Key.C.WithCtrl || Window.IsTooSmall || shell.CommandFor(key, shell.Typing) is not null)
        {
            return true;
        }

        if (shell.Typing && KeyLabel.IsText(key))
        {
            return true;
        }

        if (BoundButNotYetAvailable(key))
        {
            // The screen's own command for this key waits for its state (e.g. the wizard's Enter
            // until the accounts have loaded); a focused view's default binding would eat the key.
            return false;
        }

        for (var view = Window.MostFocused; view is not null; view = view.SuperView)
        {
            if (view.KeyBindings.TryGet(key, out _) || view.HotKeyBindings.TryGet(key, out _))
            {
                return true;
            }
        }

        return false;
    }

    private bool BoundButNotYetAvailable(Key key)
    {
        var table = Context.Overlays.Top?.Keys ?? Context.Navigator.Current?.Keys;
        return table is not null && table.Any(command => command.Matches(key));
    }

    public void Resize(int width, int height)
    {
        App.Driver!.SetScreenSize(width, height);
        Pump();
    }

    /// <summary>Runs due timers and queued UI work, then lays out and draws.</summary>
    public void Pump()
    {
        for (var i = 0; i < 3; i++)
        {
            (App.TimedEvents as TimedEvents)?.RunTimers();
        }

        App.LayoutAndDraw();
    }

    public void Advance(TimeSpan span)
    {
        Time.Advance(span);
        Pump();
    }

    /// <summary>
    /// Pumps until <paramref name="condition"/> holds, advancing virtual time by 50 ms a round while it
    /// does not. The real-time limit only stops a hung test; no test result depends on it.
    /// </summary>
    public bool WaitUntil(Func<bool> condition, TimeSpan? timeout = null)
    {
        Pump();
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (!condition())
        {
            if (DateTime.UtcNow >= deadline)
            {
                return false;
            }

            Thread.Sleep(5);
            Advance(TimeSpan.FromMilliseconds(50));
        }

        return true;
    }

    public void WaitFor(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        if (!WaitUntil(condition, timeout))
        {
            throw new XunitException($"Timed out waiting for {what}. Screen:\n{Text}");
        }
    }

    public void WaitForText(string text, TimeSpan? timeout = null) =>
        WaitFor(() => Text.Contains(text, StringComparison.Ordinal), $"\"{text}\"", timeout);

    public void Dispose()
    {
        if (token is not null)
        {
            App.End(token);
        }

        shell.Dispose();
        App.Dispose();
    }
}
