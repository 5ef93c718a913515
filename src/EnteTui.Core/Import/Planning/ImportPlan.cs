namespace EnteTui.Core.Import.Planning;

/// <summary>What an import will do: the groups to upload, the albums they need, what is left out.</summary>
public sealed record ImportPlan
{
    public required IReadOnlyList<ImportGroup> Groups { get; init; }

    public required IReadOnlyList<SkippedMedia> Skipped { get; init; }

    public required ImportOptions Options { get; init; }

    /// <summary>Album titles the import creates or reuses, in first-seen order.</summary>
    public IReadOnlyList<string> Albums => Groups.SelectMany(g => g.Copies).Select(c => c.Media.AlbumTitle)
        .OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    public int MediaCount => Groups.Sum(g => g.Copies.Count);

    public int UnmatchedCount => Groups.SelectMany(g => g.Copies).Count(c => c.Media.IsUnmatched);

    public long TotalBytes => Groups.Sum(g => g.Size);
}
