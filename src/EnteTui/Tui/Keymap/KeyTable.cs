using System.Collections;
using Terminal.Gui.Input;

namespace EnteTui.Tui.Keymap;

/// <summary>
/// The key table of one screen (or overlay). It is the single source for what a key does, the
/// status-bar hints and the <c>?</c> help overlay.
/// </summary>
public sealed class KeyTable(string title) : IEnumerable<KeyCommand>
{
    private readonly List<KeyCommand> commands = [];

    public string Title { get; } = title;

    /// <summary>Adds a command. A null <paramref name="hint"/> keeps it out of the status bar.</summary>
    public KeyTable Bind(Key[] keys, string? hint, string help, Action run, Func<bool>? when = null)
    {
        commands.Add(new KeyCommand(keys, hint, help, run, when));
        return this;
    }

    /// <summary>Adds the screen's main action: first in the status bar, never dropped there, its hint computed when shown.</summary>
    public KeyTable Primary(Key[] keys, Func<string> hint, string help, Action run, Func<bool>? when = null)
    {
        commands.Add(new KeyCommand(keys, null, help, run, when, hint));
        return this;
    }

    /// <summary>
    /// The first available command bound to <paramref name="key"/>. While the user types in a text
    /// field (<paramref name="typing"/>), printable keys are left to the field.
    /// </summary>
    public KeyCommand? Find(Key key, bool typing) =>
        typing && KeyLabel.IsText(key) ? null : commands.FirstOrDefault(c => c.Matches(key) && c.IsAvailable);

    /// <summary>The status-bar hints: available primary commands first, then the others in table order.</summary>
    public IEnumerable<KeyCommand> Hints => commands.Where(c => c.Hint is not null && c.IsAvailable).OrderBy(c => c.IsPrimary ? 0 : 1);

    public IEnumerator<KeyCommand> GetEnumerator() => commands.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
