namespace EnteTui.Core.Import.Planning;

/// <summary>
/// Turns the matched media of a Takeout into a plan: leaves out what the options exclude, joins
/// live photos, and groups copies that may be one photo: same file type and size. Size only
/// proposes; the group's worker hashes the copies and only identical bytes become one upload.
/// </summary>
public static class ImportPlanner
{
    /// <summary>Ente rejects files of 10 GiB or more (encrypted size).</summary>
    public const long MaxFileBytes = (10L * 1024 * 1024 * 1024) - (64L * 1024 * 1024);

    /// <summary>Plans every media entry; <paramref name="skippedByResolution"/> holds paths the user resolved to "skip".</summary>
    public static ImportPlan Plan(IEnumerable<ImportMedia> media, ImportOptions options, IReadOnlySet<string>? skippedByResolution = null)
    {
        var skipped = new List<SkippedMedia>();
        var kept = new List<ImportMedia>();
        foreach (var item in media)
        {
            var reason = SkipReasonFor(item, options, skippedByResolution);
            if (reason is { } r)
            {
                skipped.Add(new SkippedMedia(item.Path, r, item.Part));
            }
            else
            {
                kept.Add(item);
            }
        }

        var copies = LivePhotoPairing.Pair(kept);
        if (options.SkipUnmatched)
        {
            skipped.AddRange(copies.Where(c => c.Media.IsUnmatched).Select(c => new SkippedMedia(c.Media.Path, SkipReason.Unmatched, c.Media.Part)));
            skipped.AddRange(copies.Where(c => c.Media.IsUnmatched && c.MotionVideo is not null).Select(c => new SkippedMedia(c.MotionVideo!.Path, SkipReason.Unmatched, c.MotionVideo.Part)));
            copies = copies.Where(c => !c.Media.IsUnmatched).ToList();
        }

        var groups = copies
            .GroupBy(GroupKey)
            .Select(g => new ImportGroup(Ordered(g)))
            .OrderBy(g => g.Copies[0].Media.Part)
            .ThenBy(g => g.Copies[0].Media.Ordinal)
            .ThenBy(g => g.Copies[0].Media, MediaPathOrder.Instance)
            .ToList();

        return new ImportPlan { Groups = groups, Skipped = skipped, Options = options };
    }

    /// <summary>The copies in upload order; a group of one (nearly every group) needs no sorting.</summary>
    private static ImportCopy[] Ordered(IGrouping<(EnteFileType? Type, bool Live, long Size, long VideoSize), ImportCopy> group) => group.Count() == 1
        ? [group.First()]
        : group.OrderBy(c => SidecarRank(c.Media)).ThenBy(c => c.Media.AlbumTitle is null ? 1 : 0).ThenBy(c => c.Media, MediaPathOrder.Instance).ToArray();

    private static SkipReason? SkipReasonFor(ImportMedia item, ImportOptions options, IReadOnlySet<string>? skippedByResolution)
    {
        if (skippedByResolution is { Count: > 0 } && skippedByResolution.Contains(item.Path))
        {
            return SkipReason.Resolution;
        }

        if (item.TypeByName is null)
        {
            return SkipReason.NotMedia;
        }

        if (item.Size == 0)
        {
            return SkipReason.EmptyFile;
        }

        if (item.Size >= MaxFileBytes)
        {
            return SkipReason.TooLarge;
        }

        if (item.Sidecar?.Trashed == true && !options.IncludeTrashed)
        {
            return SkipReason.Trashed;
        }

        if (item.Sidecar?.Archived == true && options.Archived == ArchivedMode.Skip)
        {
            return SkipReason.Archived;
        }

        if (!options.Dates.Contains(item.CaptureTime))
        {
            return SkipReason.OutsideDates;
        }

        return null;
    }

    /// <summary>Copies with their own titled sidecar first: the first copy is the one uploaded.</summary>
    internal static int SidecarRank(ImportMedia media) => media.Sidecar switch
    {
        { Title: { Length: > 0 } } => 0,
        not null => 1,
        _ => 2,
    };

    /// <summary>
    /// Copies can only be identical when their type and sizes are: the proposal the worker's hashes
    /// decide on. A value, not a string: a plan of a million copies builds one key per copy.
    /// </summary>
    private static (EnteFileType? Type, bool Live, long Size, long VideoSize) GroupKey(ImportCopy copy) => copy.MotionVideo is null
        ? (copy.Media.TypeByName, false, copy.Media.Size, 0)
        : (null, true, copy.Media.Size, copy.MotionVideo.Size);
}
