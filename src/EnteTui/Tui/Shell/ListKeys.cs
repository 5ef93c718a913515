using EnteTui.Tui.Keymap;
using Terminal.Gui.Input;
using Terminal.Gui.Views;

namespace EnteTui.Tui.Shell;

/// <summary>The movement rows every list screen shares: j/k as well as the arrows, g/G, PageUp/PageDown.</summary>
public static class ListKeys
{
    public static KeyTable BindMovement(this KeyTable table, Func<ListView?> list)
    {
        return table
            .Bind([Key.J, Key.CursorDown], null, "Move down", () => list()?.MoveDown(false))
            .Bind([Key.K, Key.CursorUp], null, "Move up", () => list()?.MoveUp(false))
            .Bind([Key.PageDown], null, "Page down", () => list()?.MovePageDown(false))
            .Bind([Key.PageUp], null, "Page up", () => list()?.MovePageUp(false))
            .Bind([Key.G, Key.Home], null, "First item", () => list()?.MoveHome(false))
            .Bind([Key.G.WithShift, Key.End], null, "Last item", () => list()?.MoveEnd(false));
    }
}
