using System.Collections.Concurrent;

namespace EnteTui.Tests.Account;

/// <summary>Standard input that blocks until the test "presses" Enter (or ends the input).</summary>
public sealed class KeyboardFeed : TextReader
{
    private readonly BlockingCollection<string> lines = [];

    public void PressEnter() => lines.Add("");

    public void End() => lines.CompleteAdding();

    public override string? ReadLine() => lines.TryTake(out var line, Timeout.Infinite) ? line : null;

    /// <summary>Ends the input, so a reader still waiting gets null; the collection stays usable for it.</summary>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            lines.CompleteAdding();
        }

        base.Dispose(disposing);
    }
}
