using EnteTui.Core.Import;

namespace EnteTui.Reporting;

/// <summary>Import progress for a terminal: a bar and one status line (rate, ETA, files in flight) rewritten in place; failures on lines of their own.</summary>
public sealed class TerminalImportProgressReporter(TextWriter writer) : IProgress<ImportProgress>
{
    private readonly Lock gate = new();
    private readonly TerminalStatusLine status = new(writer);
    private int failuresSeen;

    public void Report(ImportProgress value)
    {
        lock (gate)
        {
            if (value.Failed > failuresSeen && value.LastFailure is { } failure)
            {
                failuresSeen = value.Failed;
                status.Print($"failed: {failure}");
            }

            status.Show(value.Phase == ImportPhase.Syncing
                ? "Syncing the account for duplicates..."
                : ProgressBar.Render(value.DoneBytes, value.TotalBytes) + " " + Compact(value));
        }
    }

    private static string Compact(ImportProgress p) =>
        $"{p.DoneItems}/{p.TotalItems} items, {Formats.Bytes(p.DoneBytes)} of {Formats.Bytes(p.TotalBytes)}, {Formats.Rate(p.BytesPerSecond)}, ETA {Formats.Duration(p.Eta)}"
        + (p.Failed > 0 ? $", {p.Failed} failed" : "")
        + (p.Current.Count > 0 ? $" — {Path.GetFileName(p.Current[0])}" + (p.Current.Count > 1 ? $" (+{p.Current.Count - 1})" : "") : "");

    /// <summary>Ends the status line before the summary is printed.</summary>
    public void Finish()
    {
        lock (gate)
        {
            status.End();
        }
    }
}
