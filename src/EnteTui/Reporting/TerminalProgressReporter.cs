using EnteTui.Core.Export;

namespace EnteTui.Reporting;

/// <summary>Progress for a terminal: one status line rewritten in place.</summary>
public sealed class TerminalProgressReporter(TextWriter writer) : IProgress<ExportProgress>
{
    private readonly Lock gate = new();
    private int lastLength;

    public void Report(ExportProgress value)
    {
        lock (gate)
        {
            var line = ProgressLine.Format(value);
            if (line.Length > 119)
            {
                line = line[..118] + "…";
            }

            writer.Write("\r" + line.PadRight(lastLength));
            lastLength = line.Length;
            if (value.Phase == ExportPhase.Done)
            {
                writer.WriteLine();
                lastLength = 0;
            }

            writer.Flush();
        }
    }
}
