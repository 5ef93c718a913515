namespace EnteTui.Core.Takeout.Archives;

/// <summary>
/// The parts of one Takeout, for later stages: open any entry's bytes straight from its part,
/// without extracting. Zip entries and folder files open directly; tar entries are reached by
/// reading forward, so callers should open them in ascending <see cref="EntryRef.Ordinal"/> order
/// per part (the source keeps a cursor, so in-order reads cost one pass in all).
/// </summary>
public interface ITakeoutSource : IDisposable
{
    IReadOnlyList<TakeoutPart> Parts { get; }

    /// <summary>A read-only stream over the entry's uncompressed bytes; dispose it before opening many more.</summary>
    /// <exception cref="InvalidDataException">The part changed since the scan, or the entry is unreadable.</exception>
    Task<Stream> OpenEntryAsync(EntryRef entry, CancellationToken cancellationToken = default);
}
