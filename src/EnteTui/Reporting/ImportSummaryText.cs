using EnteTui.Core.Import.Outcomes;

namespace EnteTui.Reporting;

/// <summary>The human summary printed after `takeout import`.</summary>
public static class ImportSummaryText
{
    public static void Write(TextWriter writer, ImportSummary s)
    {
        writer.WriteLine($"Import {(s.Succeeded ? "finished" : s.Cancelled ? "interrupted" : s.StoppedReason is not null ? "stopped" : "finished with failures")} in {Formats.Duration(s.Elapsed)}:");
        writer.WriteLine($"  {s.Uploaded} uploaded ({Formats.Bytes(s.UploadedBytes)}), {s.AlreadyPresent} already in Ente, {s.DoneEarlier} done in an earlier run, {s.Failures.Count} failed, of {s.TotalItems} items");
        writer.WriteLine(ImportOutcomeText.Line(s));
        foreach (var group in s.Skipped.GroupBy(k => k.Reason).OrderBy(g => g.Key))
        {
            writer.WriteLine($"  {group.Count()} left out: {group.Key}");
        }

        foreach (var failed in s.Entries.Where(e => e.Outcome == EntryOutcome.Failed))
        {
            writer.WriteLine($"  failed: {failed.Path} (part {failed.Part}): {failed.Reason}");
        }

        if (!s.Succeeded)
        {
            writer.WriteLine("Run the same command again to continue: finished items are not uploaded twice.");
        }
    }
}
