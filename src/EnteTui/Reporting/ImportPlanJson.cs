using System.Text.Encodings.Web;
using EnteTui.Core.Import.Planning;
using EnteTui.Core.JsonOutput;

namespace EnteTui.Reporting;

/// <summary>`takeout import --dry-run --json`: the plan as JSON.</summary>
public static class ImportPlanJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(ImportPlan plan)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("status", "dry-run");
            w.WriteNumber("items", plan.Groups.Count);
            w.WriteNumber("bytes", plan.TotalBytes);
            w.WriteStringArray("albums", plan.Albums);
            w.WriteStartArray("uploads");
            foreach (var group in plan.Groups)
            {
                var copy = group.Copies[0];
                w.WriteStartObject();
                w.WriteString("media", copy.Media.Path);
                if (copy.MotionVideo is { } video)
                {
                    w.WriteString("motionVideo", video.Path);
                }

                w.WriteBoolean("matched", !copy.Media.IsUnmatched);
                w.WriteStringArray("albums", group.AlbumTitles);
                w.WriteBoolean("favorite", group.Copies.Any(c => c.Media.Sidecar?.Favorited == true));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("skipped");
            foreach (var skipped in plan.Skipped)
            {
                w.WriteStartObject();
                w.WriteString("media", skipped.Path);
                w.WriteString("reason", JsonNamingPolicy.CamelCase.ConvertName(skipped.Reason.ToString()));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
