namespace EnteTui.Reporting;

/// <summary>The closing summary of an export, for people.</summary>
public static class ExportSummaryText
{
    public static void Write(TextWriter writer, ExportResult result)
    {
        var c = result.Counters;
        if (result.DryRun)
        {
            writer.WriteLine(result.Changes.Count == 0 ? "Dry run: nothing to change." : $"Dry run: {result.Changes.Count} change(s) would be made:");
            foreach (var change in result.Changes)
            {
                writer.WriteLine("  " + change);
            }

            return;
        }

        var outcome = result.Outcome switch
        {
            ExportOutcome.Completed => "Export finished",
            ExportOutcome.CompletedWithFailures => "Export finished with failures",
            ExportOutcome.Cancelled => "Export interrupted (finished files are kept; run again to continue)",
            _ => "Export stopped: the disk is full (finished files are kept; free space and run again)",
        };
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{outcome} in {Formats.Duration(result.Duration)}: {c.Downloaded} downloaded ({Formats.Bytes(c.BytesDownloaded)}), {c.Copied} copied, {c.Linked} linked, {c.Adopted} recovered, {c.Renamed} renamed, {c.SidecarsWritten} sidecars written, {c.Removed} removed, {c.Trashed} trashed, {c.Unchanged} unchanged."));
        if (c.AlbumsCreated + c.AlbumsRenamed + c.AlbumsRemoved > 0)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Albums: {c.AlbumsCreated} created, {c.AlbumsRenamed} renamed, {c.AlbumsRemoved} removed."));
        }

        if (result.Failures.Count > 0)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Failures.Count} file(s) failed (they are retried on the next run):"));
            foreach (var failure in result.Failures)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {failure.Album}/{failure.Name} (file {failure.FileId}): {failure.Message}"));
            }
        }
    }
}
