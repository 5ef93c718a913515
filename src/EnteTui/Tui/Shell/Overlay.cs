using EnteTui.Tui.Keymap;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace EnteTui.Tui.Shell;

/// <summary>
/// A modal box drawn over the current screen. Overlays are views inside the one running window
/// (no nested run loops), so every key reaches them through the shell's key table dispatch.
/// </summary>
public abstract class Overlay : FrameView
{
    protected Overlay(TuiContext context, string title, int preferredWidth)
    {
        Context = context;
        Title = title;
        Keys = new KeyTable(title);
        CanFocus = true;
        BorderStyle = LineStyle.Rounded;
        X = Pos.Center();
        Y = Pos.Center();
        Width = Dim.Func(_ => Math.Max(20, Math.Min(preferredWidth, (SuperView?.Viewport.Width ?? preferredWidth + 4) - 4)));
        SetScheme(context.Theme.Dialog);
    }

    protected TuiContext Context { get; }

    public KeyTable Keys { get; }

    public bool IsOpen { get; internal set; }

    public event Action? Closed;

    public void Close() => Context.Overlays.Close(this);

    /// <summary>Gives focus to the right sub-view once shown.</summary>
    public virtual void OnShown() => SetFocus();

    internal void RaiseClosed() => Closed?.Invoke();
}
