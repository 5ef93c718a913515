namespace EnteTui.Reporting;

/// <summary>Import progress for a terminal: a bar and one status line (rate, ETA, files in flight) rewritten in place; failures on lines of their own.</summary>
public sealed class TerminalImportProgressReporter(TextWriter writer) : ProgressReporter<ImportProgress>
{
    private readonly TerminalStatusLine status = new(writer);

    /// <summary>Ends the status line before the summary is printed.</summary>
    public void Finish() => BetweenReports(status.End);

    protected override (int Count, string? Latest) Failures(ImportProgress value) => (value.Failed, value.LastFailure);

    protected override void PrintLine(string line) => status.Print(line);

    protected override void Show(ImportProgress value) =>
        status.Show(value.Phase == ImportPhase.Syncing
            ? "Syncing the account for duplicates..."
            : ProgressBar.Render(value.DoneBytes, value.TotalBytes) + " " + Compact(value));

    private static string Compact(ImportProgress p) =>
        $"{p.DoneItems}/{p.TotalItems} items, {Formats.Bytes(p.DoneBytes)} of {Formats.Bytes(p.TotalBytes)}, {Formats.Rate(p.BytesPerSecond)}, ETA {Formats.Duration(p.Eta)}"
        + (p.Failed > 0 ? $", {p.Failed} failed" : "")
        + (p.Current.Count > 0 ? $" — {Path.GetFileName(p.Current[0])}" + (p.Current.Count > 1 ? $" (+{p.Current.Count - 1})" : "") : "");
}
