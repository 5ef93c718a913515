using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace EnteTui.Tui.Shell;

/// <summary>Shows overlays over the screen; while one is open the screen below is disabled.</summary>
public sealed class OverlayHost(TuiContext context)
{
    private readonly List<Overlay> open = [];
    private readonly Dictionary<Overlay, View?> focusBefore = [];
    private View? layer;
    private View? content;

    public Overlay? Top => open.Count > 0 ? open[^1] : null;

    public IReadOnlyList<Overlay> Open => open;

    internal void Attach(View overlayLayer, View screenContent)
    {
        layer = overlayLayer;
        content = screenContent;
    }

    public T Show<T>(T overlay)
        where T : Overlay
    {
        focusBefore[overlay] = layer?.MostFocused;
        open.Add(overlay);
        overlay.IsOpen = true;
        if (content is not null)
        {
            content.Enabled = false;
        }

        layer?.Add(overlay);
        overlay.OnShown();
        context.Refresh();
        return overlay;
    }

    public void Close(Overlay overlay)
    {
        if (!open.Remove(overlay))
        {
            return;
        }

        overlay.IsOpen = false;
        layer?.Remove(overlay);
        if (open.Count == 0 && content is not null)
        {
            content.Enabled = true;
        }

        if (focusBefore.Remove(overlay, out var previous) && previous is { IsInitialized: true })
        {
            previous.SetFocus();
        }
        else if (Top is { } below)
        {
            below.OnShown();
        }

        overlay.RaiseClosed();
        overlay.Dispose();
        context.Refresh();
    }

    /// <summary>A yes/no question; y and n answer it too. The confirm button is the default.</summary>
    public ChoiceOverlay Confirm(string title, string message, string confirmText, string cancelText, Action onConfirm, Action? onCancel = null)
    {
        var overlay = new ChoiceOverlay(context, title, [TextLine.Plain(message)], [cancelText, confirmText], choice =>
        {
            if (choice == 1)
            {
                onConfirm();
            }
            else
            {
                onCancel?.Invoke();
            }
        });
        overlay.Keys.Bind([Key.Y], null, "Yes: " + confirmText, () => overlay.Choose(1))
            .Bind([Key.N], null, "No: " + cancelText, () => overlay.Choose(0));
        return Show(overlay);
    }

    public ChoiceOverlay Message(string title, IReadOnlyList<TextLine> lines, Action? onClose = null) =>
        Show(new ChoiceOverlay(context, title, lines, ["OK"], _ => onClose?.Invoke()));

    public ChoiceOverlay Wait(string title, string message) =>
        Show(new ChoiceOverlay(context, title, [TextLine.Plain(message)], [], _ => { }));
}
