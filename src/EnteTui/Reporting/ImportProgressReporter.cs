using EnteTui.Core.Import;

namespace EnteTui.Reporting;

/// <summary>Plain import progress: a line on each phase change, every few seconds while uploading, and per failure.</summary>
public sealed class ImportProgressReporter(TextWriter writer, TimeProvider time, TimeSpan? every = null) : IProgress<ImportProgress>
{
    private readonly Lock gate = new();
    private readonly PlainLineGate<ImportPhase> lines = new(every ?? TimeSpan.FromSeconds(5));
    private readonly long started = time.GetTimestamp();
    private int failuresSeen;

    public void Report(ImportProgress value)
    {
        lock (gate)
        {
            if (value.Failed > failuresSeen && value.LastFailure is { } failure)
            {
                failuresSeen = value.Failed;
                writer.WriteLine($"failed: {failure}");
            }

            if (!lines.IsDue(value.Phase, time.GetElapsedTime(started), force: value.DoneItems >= value.TotalItems))
            {
                return;
            }

            writer.WriteLine(value.Phase == ImportPhase.Syncing ? "Syncing the account for duplicates..." : Format(value));
            writer.Flush();
        }
    }

    public static string Format(ImportProgress p) =>
        $"{p.DoneItems}/{p.TotalItems} items ({p.Uploaded} uploaded, {p.AlreadyPresent} already in Ente, {p.Failed} failed), "
        + $"{Formats.Bytes(p.DoneBytes)}/{Formats.Bytes(p.TotalBytes)}, {Formats.Rate(p.BytesPerSecond)}, ETA {Formats.Duration(p.Eta)}"
        + (p.Current.Count > 0 ? $", now: {string.Join(", ", p.Current.Take(3).Select(Path.GetFileName))}" : "");
}
