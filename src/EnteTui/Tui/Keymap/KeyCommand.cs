using Terminal.Gui.Input;

namespace EnteTui.Tui.Keymap;

/// <summary>
/// One row of a screen's key table: the keys, the short hint for the status bar (null keeps it to
/// the help overlay), the sentence for the help overlay, and what it does. A primary command (the
/// screen's main action) leads the status bar and is never dropped there; its hint may change with
/// the screen's state ("Export 7 albums").
/// </summary>
public sealed class KeyCommand(IReadOnlyList<Key> keys, string? hint, string help, Action run, Func<bool>? when, Func<string>? liveHint = null)
{
    public IReadOnlyList<Key> Keys { get; } = keys;

    public string Label { get; } = KeyLabel.Format(keys);

    /// <summary>The first key only, for the status bar.</summary>
    public string ShortLabel { get; } = KeyLabel.Format(keys.Take(1));

    public string? Hint => liveHint?.Invoke() ?? hint;

    public bool IsPrimary { get; } = liveHint is not null;

    public string Help { get; } = help;

    public bool IsAvailable => when?.Invoke() ?? true;

    public bool Matches(Key key) => Keys.Any(k => k.KeyCode == key.KeyCode);

    public void Run() => run();
}
