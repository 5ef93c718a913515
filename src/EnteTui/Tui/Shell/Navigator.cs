namespace EnteTui.Tui.Shell;

/// <summary>The stack of screens: <c>q</c> pops (asking first when work runs), the last pop quits.</summary>
public sealed class Navigator(TuiContext context)
{
    private readonly List<Screen> stack = [];

    public event Action<Screen>? Showing;

    public event Action? QuitRequested;

    public Screen? Current => stack.Count > 0 ? stack[^1] : null;

    public int Depth => stack.Count;

    public IReadOnlyList<Screen> Screens => stack;

    public void Push(Screen screen)
    {
        Current?.OnHidden();
        stack.Add(screen);
        Show(screen);
    }

    /// <summary>Replaces the current screen (a step that must not be returned to).</summary>
    public void Replace(Screen screen)
    {
        if (Current is { } old)
        {
            old.OnHidden();
            stack.RemoveAt(stack.Count - 1);
        }

        stack.Add(screen);
        Show(screen);
    }

    /// <summary>Leaves the current screen; asks first when it runs work, then stops that work cleanly.</summary>
    public void Back()
    {
        if (Current is not { } screen)
        {
            return;
        }

        if (!screen.IsBusy)
        {
            Pop();
            return;
        }

        context.Overlays.Confirm(
            "Stop?",
            screen.BusyQuestion,
            confirmText: "Stop",
            cancelText: "Keep running",
            onConfirm: () => StopThen(screen, Pop));
    }

    /// <summary>Pops the current screen without asking; at the root this quits.</summary>
    public void Pop()
    {
        if (stack.Count <= 1)
        {
            QuitRequested?.Invoke();
            return;
        }

        var top = stack[^1];
        top.OnHidden();
        stack.RemoveAt(stack.Count - 1);
        Show(stack[^1]);
    }

    /// <summary>Goes back to <paramref name="screen"/> if it is on the stack.</summary>
    public void PopTo(Screen screen)
    {
        while (stack.Count > 1 && Current != screen)
        {
            Pop();
        }
    }

    public void StopThen(Screen screen, Action then)
    {
        var waiting = context.Overlays.Wait("Stopping", "Finishing the files in flight…");
        context.Await(screen.StopAsync(), () => { waiting.Close(); then(); }, _ => { waiting.Close(); then(); });
    }

    private void Show(Screen screen)
    {
        Showing?.Invoke(screen);
        screen.OnShown();
    }
}
