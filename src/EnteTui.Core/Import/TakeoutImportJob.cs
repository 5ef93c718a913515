using EnteTui.Core.Import.Sources;

namespace EnteTui.Core.Import;

/// <summary>A scanned and planned Takeout, ready to run (or to show as a dry run). Dispose it to close the parts.</summary>
public sealed class TakeoutImportJob(ImportScan scan, ITakeoutSource source, ImportPlan plan, Resolutions resolutions) : IDisposable
{
    public ImportScan Scan { get; } = scan;

    public ImportPlan Plan { get; } = plan;

    /// <summary>Manual pairings that were applied, and those that could not be.</summary>
    public Resolutions Resolutions { get; } = resolutions;

    internal ITakeoutSource Source { get; } = source;

    public void Dispose() => Source.Dispose();
}
