namespace EnteTui.Reporting;

/// <summary>Plain import progress: a line on each phase change, every few seconds while uploading, and per failure.</summary>
public sealed class ImportProgressReporter(TextWriter writer, TimeProvider time, TimeSpan? every = null) : ProgressReporter<ImportProgress>
{
    private readonly PlainLineGate<ImportPhase> lines = new(every ?? TimeSpan.FromSeconds(5));
    private readonly long started = time.GetTimestamp();

    public static string Format(ImportProgress p) =>
        $"{p.DoneItems}/{p.TotalItems} items ({p.Uploaded} uploaded, {p.AlreadyPresent} already in Ente, {p.Failed} failed), "
        + $"{Formats.Bytes(p.DoneBytes)}/{Formats.Bytes(p.TotalBytes)}, {Formats.Rate(p.BytesPerSecond)}, ETA {Formats.Duration(p.Eta)}"
        + (p.Current.Count > 0 ? $", now: {string.Join(", ", p.Current.Take(3).Select(Path.GetFileName))}" : "");

    protected override (int Count, string? Latest) Failures(ImportProgress value) => (value.Failed, value.LastFailure);

    protected override void PrintLine(string line) => writer.WriteLine(line);

    protected override void Show(ImportProgress value)
    {
        if (!lines.IsDue(value.Phase, time.GetElapsedTime(started), force: value.DoneItems >= value.TotalItems))
        {
            return;
        }

        writer.WriteLine(value.Phase == ImportPhase.Syncing ? "Syncing the account for duplicates..." : Format(value));
        writer.Flush();
    }
}
