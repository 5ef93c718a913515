using EnteTui.Tui.Keymap;
using Terminal.Gui.ViewBase;

namespace EnteTui.Tui.Shell;

/// <summary>
/// One screen of the TUI: a view, its key table, and whether it runs work that leaving would stop.
/// Screens are created over small backend interfaces, never over the service layer directly.
/// </summary>
public abstract class Screen(TuiContext context)
{
    private View? view;

    protected TuiContext Context { get; } = context;

    public abstract string Title { get; }

    /// <summary>Shown at the right of the header (the account, a path).</summary>
    public virtual string? Detail => null;

    public abstract KeyTable Keys { get; }

    public View View => view ??= Build();

    /// <summary>True while work runs that <c>q</c> or Ctrl+C would stop; they ask first.</summary>
    public virtual bool IsBusy => false;

    public virtual string BusyQuestion => "Work is still running. Stop it?";

    /// <summary>Stops the running work cleanly (between files) and completes when it has stopped.</summary>
    public virtual Task StopAsync() => Task.CompletedTask;

    public virtual void OnShown()
    {
    }

    public virtual void OnHidden()
    {
    }

    protected abstract View Build();
}
