using EnteTui.Tui.Theme;
using Terminal.Gui.App;
using Terminal.Gui.Time;

namespace EnteTui.Tui.Shell;

/// <summary>What every screen and overlay gets: the application, theme, overlays, navigation and UI-thread helpers.</summary>
public sealed class TuiContext
{
    public TuiContext(IApplication app, TuiTheme theme, ITimeProvider clock)
    {
        App = app;
        Theme = theme;
        Clock = clock;
        Painter = new TonePainter(theme);
        Overlays = new OverlayHost(this);
        Navigator = new Navigator(this);
    }

    public IApplication App { get; }

    public TuiTheme Theme { get; }

    public TonePainter Painter { get; }

    /// <summary>The application's clock (virtual in tests), for rates and ETAs.</summary>
    public ITimeProvider Clock { get; }

    public OverlayHost Overlays { get; }

    public Navigator Navigator { get; }

    /// <summary>Set by the shell: refreshes the header and the hint bar after a screen changed its keys or title.</summary>
    public Action Refresh { get; set; } = () => { };

    /// <summary>Lines printed on the terminal after the TUI closed (a final summary).</summary>
    public List<string> ExitMessages { get; } = [];

    /// <summary>Runs <paramref name="tick"/> on the UI thread every <paramref name="interval"/> until it returns false.</summary>
    public object? Every(TimeSpan interval, Func<bool> tick) => App.AddTimeout(interval, tick);

    public void StopTimer(object? token)
    {
        if (token is not null)
        {
            App.RemoveTimeout(token);
        }
    }

    /// <summary>Waits for <paramref name="task"/> off the UI thread, then continues on it.</summary>
    public void Await<T>(Task<T> task, Action<T> done, Action<Exception> failed)
    {
        task.ContinueWith(
            t => App.Invoke(() =>
            {
                if (t.IsCompletedSuccessfully)
                {
                    done(t.Result);
                }
                else
                {
                    failed(t.Exception?.GetBaseException() ?? new OperationCanceledException());
                }
            }),
            CancellationToken.None,
            TaskContinuationOptions.None,
            TaskScheduler.Default);
    }

    public void Await(Task task, Action done, Action<Exception> failed) =>
        Await(task.ContinueWith(t => { t.GetAwaiter().GetResult(); return true; }, TaskScheduler.Default), _ => done(), failed);
}
