namespace EnteTui.Core.Import.Sources;

/// <summary>Opens media straight from the scanned Takeout parts.</summary>
public sealed class TakeoutMediaSource(ITakeoutSource source) : IImportSource
{
    public Task<Stream> OpenAsync(ImportMedia media, CancellationToken cancellationToken) =>
        source.OpenEntryAsync(new EntryRef(media.Part, media.Ordinal, media.Path), cancellationToken);

    public bool IsSequential(ImportMedia media) =>
        source.Parts.FirstOrDefault(p => p.Number == media.Part)?.Kind is PartKind.Tgz or PartKind.Tar;
}
