using EnteTui.Core.Selection;

namespace EnteTui.Core.Import.Planning;

/// <summary>The user's choices for one import.</summary>
public sealed record ImportOptions
{
    /// <summary>Parallel uploads by default (the web uploader runs 4).</summary>
    public const int DefaultParallelism = 4;

    /// <summary>Album for media that is in no Takeout album (default: the account's Uncategorized).</summary>
    public string? AlbumForUnsorted { get; init; }

    public int Parallelism { get; init; } = DefaultParallelism;

    public bool SkipUnmatched { get; init; }

    /// <summary><c>--since</c>/<c>--until</c>: items captured outside are left out.</summary>
    public CaptureRange Dates { get; init; } = CaptureRange.All;

    /// <summary><c>--bwlimit</c> in bytes per second, shared by all parallel uploads; 0 = no limit.</summary>
    public long BandwidthLimit { get; init; }

    public bool IncludeTrashed { get; init; }

    public ArchivedMode Archived { get; init; } = ArchivedMode.Upload;

    /// <summary>Zone for zone-less EXIF and file-name times (UTC when null).</summary>
    public TimeZoneInfo? TimeZone { get; init; }

    /// <summary>Manual pairings: media path → sidecar path, or null to skip the item.</summary>
    public IReadOnlyDictionary<string, string?> Resolutions { get; init; } = new Dictionary<string, string?>();
}
