using EnteTui.Core.Selection;

namespace EnteTui.Core.Export;

/// <summary>Everything one export run is asked to do.</summary>
public sealed record ExportOptions
{
    public const int DefaultParallel = 8;

    public required string Root { get; init; }

    public IReadOnlyList<string> Albums { get; init; } = [];

    public IReadOnlyList<string> ExcludeAlbums { get; init; } = [];

    public bool IncludeHidden { get; init; }

    /// <summary><c>--since</c>/<c>--until</c>: files captured outside are treated like files of an album left out.</summary>
    public CaptureRange Dates { get; init; } = CaptureRange.All;

    public int Parallel { get; init; } = DefaultParallel;

    /// <summary><c>--bwlimit</c> in bytes per second, shared by all parallel downloads; 0 = no limit.</summary>
    public long BandwidthLimit { get; init; }

    public LinkMode Link { get; init; } = LinkMode.Copy;

    public DeletionMode Deletions { get; init; } = DeletionMode.Delete;

    public int TrashDays { get; init; } = 30;

    /// <summary>`.meta` (Ente CLI place, default) or `metadata` (Ente desktop place).</summary>
    public string MetaDir { get; init; } = ".meta";

    public bool SetMtime { get; init; }

    /// <summary>Also write `&lt;exported name&gt;.xmp` beside each media file.</summary>
    public bool Xmp { get; init; }

    public bool Verify { get; init; }

    public bool VerifyHash { get; init; }

    public bool DryRun { get; init; }

    /// <summary>Attempts per file before it is recorded as failed.</summary>
    public int Attempts { get; init; } = 3;

    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);
}
