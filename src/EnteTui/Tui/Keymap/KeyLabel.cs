using Terminal.Gui.Input;

namespace EnteTui.Tui.Keymap;

/// <summary>How keys are written in hints and help: <c>q</c>, <c>Space</c>, <c>↑</c>, <c>^C</c>, <c>F1</c>.</summary>
public static class KeyLabel
{
    public static string Format(IEnumerable<Key> keys) => string.Join('/', keys.Select(Format).Distinct());

    public static string Format(Key key)
    {
        if (key == Key.Space)
        {
            return "Space";
        }

        if (key == Key.CursorUp)
        {
            return "↑";
        }

        if (key == Key.CursorDown)
        {
            return "↓";
        }

        if (key == Key.CursorLeft)
        {
            return "←";
        }

        if (key == Key.CursorRight)
        {
            return "→";
        }

        if (key == Key.Esc)
        {
            return "Esc";
        }

        if (key == Key.Enter)
        {
            return "Enter";
        }

        if (key == Key.Tab)
        {
            return "Tab";
        }

        if (key.IsCtrl && key.NoCtrl.IsKeyCodeAtoZ)
        {
            return "^" + key.NoCtrl.NoShift.ToString().ToUpperInvariant();
        }

        if (IsText(key) && key.TryGetPrintableRune(out var rune))
        {
            return rune.ToString();
        }

        return key.ToString();
    }

    /// <summary>True for keys that type a character into a text field (letters, digits, punctuation, space).</summary>
    public static bool IsText(Key key) =>
        !key.IsCtrl && !key.IsAlt && key.TryGetPrintableRune(out Rune rune) && !Rune.IsControl(rune);
}
