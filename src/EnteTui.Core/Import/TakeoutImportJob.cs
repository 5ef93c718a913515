using EnteTui.Core.Import.Planning;
using EnteTui.Core.Import.Sources;
using EnteTui.Core.Takeout.Archives;
using EnteTui.Core.Takeout.Scanning;

namespace EnteTui.Core.Import;

/// <summary>A scanned and planned Takeout, ready to run (or to show as a dry run). Dispose it to close the parts.</summary>
public sealed class TakeoutImportJob(TakeoutScanResult scan, ITakeoutSource source, ImportPlan plan, Resolutions resolutions) : IDisposable
{
    public TakeoutScanResult Scan { get; } = scan;

    public ImportPlan Plan { get; } = plan;

    /// <summary>Manual pairings that were applied, and those that could not be.</summary>
    public Resolutions Resolutions { get; } = resolutions;

    internal ITakeoutSource Source { get; } = source;

    public void Dispose() => Source.Dispose();
}
