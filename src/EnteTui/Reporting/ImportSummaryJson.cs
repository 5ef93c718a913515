using System.Text.Encodings.Web;
using EnteTui.Core.Import.Outcomes;

namespace EnteTui.Reporting;

/// <summary>`takeout import --json`: the run summary on stdout.</summary>
public static class ImportSummaryJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(ImportSummary s)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("status", s.Succeeded ? "completed" : s.Cancelled ? "interrupted" : s.StoppedReason is not null ? "stopped" : "failed");
            w.WriteNumber("items", s.TotalItems);
            w.WriteNumber("uploaded", s.Uploaded);
            w.WriteNumber("alreadyPresent", s.AlreadyPresent);
            w.WriteNumber("doneEarlier", s.DoneEarlier);
            w.WriteNumber("failed", s.Failures.Count);
            w.WriteNumber("uploadedBytes", s.UploadedBytes);
            w.WriteNumber("elapsedSeconds", Math.Round(s.Elapsed.TotalSeconds, 3));
            if (s.StoppedReason is { } reason)
            {
                w.WriteString("stoppedReason", reason);
            }
            else
            {
                w.WriteNull("stoppedReason");
            }

            w.WriteStartArray("failures");
            foreach (var f in s.Failures)
            {
                w.WriteStartObject();
                w.WriteString("path", f.Path);
                w.WriteString("message", f.Message);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartObject("skipped");
            foreach (var group in s.Skipped.GroupBy(k => k.Reason).OrderBy(g => g.Key))
            {
                w.WriteNumber(JsonNamingPolicy.CamelCase.ConvertName(group.Key.ToString()), group.Count());
            }

            w.WriteEndObject();
            w.WriteNumber("scannedEntries", s.ScannedEntries);
            w.WriteStartObject("outcomes");
            foreach (var outcome in Enum.GetValues<EntryOutcome>())
            {
                w.WriteNumber(ImportOutcomeText.JsonName(outcome), s.Count(outcome));
            }

            w.WriteEndObject();
            w.WriteStartArray("notUploaded");
            foreach (var e in s.Entries.Where(e => e.Outcome != EntryOutcome.Uploaded))
            {
                w.WriteStartObject();
                w.WriteString("path", e.Path);
                w.WriteNumber("part", e.Part);
                w.WriteString("outcome", ImportOutcomeText.JsonName(e.Outcome));
                w.WriteString("reason", e.Reason);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
