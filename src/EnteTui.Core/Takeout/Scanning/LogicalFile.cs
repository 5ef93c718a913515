namespace EnteTui.Core.Takeout.Scanning;

/// <summary>
/// One file name of one folder of the merged tree (NFC name) with every physical copy of it, in a
/// deterministic order (by part path, then position) so the order of parts never changes a result.
/// </summary>
public sealed class LogicalFile(string name)
{
    public string Name { get; } = name;

    // Most files have one copy: start there rather than at the default four slots.
    public List<TakeoutEntry> Copies { get; } = new(1);
}
