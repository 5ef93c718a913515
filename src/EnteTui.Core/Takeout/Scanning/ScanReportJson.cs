using System.Text.Encodings.Web;

using EnteTui.Core.JsonOutput;

namespace EnteTui.Core.Takeout.Scanning;

/// <summary>
/// Writes the <c>takeout scan --json</c> report as pinned by the contracts: <c>parts</c>
/// (<c>path, entries, kind</c>), <c>pairs</c> (every physical media entry: <c>media, part, sidecar,
/// sidecarPart, rule, candidates</c>, plus <c>date</c> and <c>dateSource</c>), <c>orphanSidecars</c>
/// (paths) and <c>problems</c> (<c>part, entry, message</c>). Part numbers are 1-based in the order given.
/// </summary>
public static class ScanReportJson
{
    private const int FlushBytes = 64 * 1024;

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the report to <paramref name="path"/> (temp file, then rename).</summary>
    public static void WriteFile(TakeoutScanResult result, string path)
    {
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                Write(result, stream);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    public static void Write(TakeoutScanResult result, Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, Options);
        w.WriteStartObject();
        w.WriteStartArray("parts");
        foreach (var part in result.Parts)
        {
            w.WriteStartObject();
            w.WriteString("path", part.Part.Path);
            w.WriteNumber("entries", part.Entries);
            w.WriteString("kind", part.Part.Kind.ToString().ToLowerInvariant());
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("pairs");
        foreach (var pair in result.Pairs)
        {
            w.WriteStartObject();
            w.WriteString("media", pair.Media.Path);
            w.WriteNumber("part", pair.Media.Part);
            WriteNullable(w, "sidecar", pair.Sidecar?.Path);
            if (pair.Sidecar is null)
            {
                w.WriteNull("sidecarPart");
            }
            else
            {
                w.WriteNumber("sidecarPart", pair.Sidecar.Part);
            }

            w.WriteString("rule", pair.Rule);
            w.WriteStringArray("candidates", pair.Candidates);
            WriteNullable(w, "date", pair.Date.Value?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
            w.WriteString("dateSource", SourceName(pair.Date.Source));
            w.WriteEndObject();
            FlushFull(w);
        }

        w.WriteEndArray();
        w.WriteStartArray("orphanSidecars");
        foreach (var orphan in result.OrphanSidecars.Distinct(EntryPathOrder.Instance))
        {
            w.WriteStringValue(orphan.Path);
            FlushFull(w);
        }

        w.WriteEndArray();
        w.WriteStartArray("problems");
        foreach (var problem in result.Problems)
        {
            w.WriteStartObject();
            if (problem.Part is { } part)
            {
                w.WriteNumber("part", part);
            }
            else
            {
                w.WriteNull("part");
            }

            WriteNullable(w, "entry", problem.Entry);
            w.WriteString("message", problem.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static string SourceName(DateSource source) => source switch
    {
        DateSource.Sidecar => "sidecar",
        DateSource.Exif => "exif",
        DateSource.FileName => "fileName",
        DateSource.SidecarCreationTime => "sidecarCreationTime",
        DateSource.Folder => "folder",
        _ => "none",
    };

    // Utf8JsonWriter keeps everything written in one growing buffer until Flush: a million pairs
    // would sit in memory whole (hundreds of MB), so hand it to the stream in small pieces.
    private static void FlushFull(Utf8JsonWriter w)
    {
        if (w.BytesPending > FlushBytes)
        {
            w.Flush();
        }
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
