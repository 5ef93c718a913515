using EnteTui.Tui;
using EnteTui.Tui.Screens.Accounts;
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

    public void Press(params Key[] keys)
    {
        foreach (var key in keys)
        {
            App.InjectKey(key);
            Pump();
        }
    }

    public void Type(string text)
    {
        foreach (var c in text)
        {
            App.InjectKey(new Key(c));
        }

        Pump();
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

    /// <summary>Pumps (advancing virtual time by 50 ms a round) until <paramref name="condition"/> holds.</summary>
    public bool WaitUntil(Func<bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < deadline)
        {
            Advance(TimeSpan.FromMilliseconds(50));
            if (condition())
            {
                return true;
            }

            Thread.Sleep(5);
        }

        return condition();
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
