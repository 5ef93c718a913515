using SharpCompress.Readers;

namespace EnteTui.Core.Takeout.Archives;

/// <summary>
/// Opens tar entries (and entries of a zip without central directory) by reading forward. Idle
/// cursors are kept, so entries opened in ascending order cost one pass over the part.
/// </summary>
internal sealed class SequentialEntryOpener(TakeoutPart part) : IEntryOpener
{
    private const int MaximumIdle = 2;
    private readonly List<Cursor> idle = [];
    private readonly Lock gate = new();

    public Stream Open(EntryRef entry, long declaredSize, CancellationToken cancellationToken)
    {
        var cursor = Rent(entry.Ordinal);
        try
        {
            while (cursor.Position < entry.Ordinal)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!cursor.Reader.MoveToNextEntry())
                {
                    throw new InvalidDataException($"{part.Path}: entry {entry.Path} is not where the scan found it (the part changed?)");
                }

                cursor.Position++;
            }

            if (EntryPaths.Normalize(cursor.Reader.Entry.Key ?? "", out _) != entry.Path)
            {
                throw new InvalidDataException($"{part.Path}: entry {entry.Path} is not where the scan found it (the part changed?)");
            }

            return new EntryStream(cursor.Reader.OpenEntryStream(), declaredSize, () => Return(cursor));
        }
        catch
        {
            cursor.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            idle.ForEach(c => c.Dispose());
            idle.Clear();
        }
    }

    private Cursor Rent(int ordinal)
    {
        lock (gate)
        {
            var best = idle.Where(c => c.Position < ordinal).MaxBy(c => c.Position);
            if (best is not null)
            {
                idle.Remove(best);
                return best;
            }
        }

        var file = ArchiveStreams.OpenFile(part.FullPath, random: false);
        try
        {
            var reader = ArchiveStreams.OpenSequential(file, part.Kind, out var tail);
            return new Cursor(file, reader, tail);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    private void Return(Cursor cursor)
    {
        lock (gate)
        {
            idle.Add(cursor);
            if (idle.Count > MaximumIdle)
            {
                var oldest = idle.MinBy(c => c.Position)!;
                idle.Remove(oldest);
                oldest.Dispose();
            }
        }
    }

    private sealed class Cursor(FileStream file, IReader reader, Stream? decompressed) : IDisposable
    {
        public IReader Reader { get; } = reader;

        public int Position { get; set; } = -1;

        public void Dispose()
        {
            Reader.Dispose();
            decompressed?.Dispose();
            file.Dispose();
        }
    }
}
