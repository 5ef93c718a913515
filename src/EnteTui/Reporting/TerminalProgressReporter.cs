using EnteTui.Core.Export;

namespace EnteTui.Reporting;

/// <summary>Export progress for a terminal: a bar and one status line (rate, ETA, files in flight) rewritten in place; failures on lines of their own.</summary>
public sealed class TerminalProgressReporter(TextWriter writer) : IProgress<ExportProgress>
{
    private readonly Lock gate = new();
    private readonly TerminalStatusLine status = new(writer);
    private int failuresSeen;

    public void Report(ExportProgress value)
    {
        lock (gate)
        {
            if (value.FilesFailed > failuresSeen && value.LastFailure is { } failure)
            {
                failuresSeen = value.FilesFailed;
                status.Print($"failed: {failure.Album}/{failure.Name}: {failure.Message}");
            }

            var line = ProgressLine.Format(value);
            status.Show(value.Phase is ExportPhase.Downloading or ExportPhase.Done ? ProgressBar.Render(value.BytesDone, value.BytesTotal) + " " + line : line);
            if (value.Phase == ExportPhase.Done)
            {
                status.End();
            }
        }
    }
}
