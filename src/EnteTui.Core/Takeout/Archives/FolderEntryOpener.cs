namespace EnteTui.Core.Takeout.Archives;

/// <summary>Opens files of an extracted Takeout folder by their entry path.</summary>
internal sealed class FolderEntryOpener(TakeoutPart part) : IEntryOpener
{
    private readonly string baseDirectory = FolderLayout.BaseDirectory(part.FullPath);

    public Stream Open(EntryRef entry, long declaredSize, CancellationToken cancellationToken)
    {
        if (EntryPaths.Normalize(entry.Path, out _) != entry.Path)
        {
            throw new InvalidDataException($"invalid entry path {entry.Path}");
        }

        var file = ArchiveStreams.OpenFile(Path.Combine(baseDirectory, entry.Path), random: false);
        return new EntryStream(file, Math.Max(declaredSize, file.Length), () => { });
    }

    public void Dispose()
    {
    }
}
