using System.Text.Encodings.Web;
using System.Text.Json.Serialization.Metadata;

namespace EnteTui.Reporting;

/// <summary>
/// The one way a <c>--json</c> report is written (<c>takeout scan</c>, the dry-run plan, the import and
/// export summaries, <c>account list</c>): streamed through a Utf8JsonWriter in small pieces, so a report
/// never exists whole in memory, to a FILE (a temporary file renamed into place: a reader never sees half
/// a report) or to stdout (<c>-</c>, or the switch of <c>export</c> and <c>takeout import</c>), there
/// followed by a line end. A failed write is an IOException, which <c>CliErrors</c> turns into one line.
/// </summary>
public static class JsonReport
{
    public const string StandardOutput = "-";

    /// <summary>Indented, non-ASCII as is: the scan report, the dry-run plan and the import summary.</summary>
    public static readonly JsonWriterOptions Readable = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One line, the serializer's default escaping: <c>export --json</c> and <c>account list --json</c>.</summary>
    public static readonly JsonWriterOptions Compact = new();

    /// <summary>Writes a document of fixed shape through its source-generated contract to stdout.</summary>
    public static void Write<T>(TextWriter stdout, T document, JsonTypeInfo<T> contract, JsonWriterOptions options) =>
        Write(stdout, options, w => JsonSerializer.Serialize(w, document, contract));

    /// <summary>Writes the report to <paramref name="target"/>: a file path, or <see cref="StandardOutput"/>.</summary>
    public static void Write(string target, TextWriter stdout, JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        if (target == StandardOutput)
        {
            Write(stdout, options, write);
        }
        else
        {
            WriteFile(target, options, write);
        }
    }

    public static void Write(TextWriter stdout, JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        var decoder = Encoding.UTF8.GetDecoder();
        var chars = new char[Encoding.UTF8.GetMaxCharCount(64 * 1024)];
        Stream(options, write, bytes =>
        {
            if (chars.Length < Encoding.UTF8.GetMaxCharCount(bytes.Length))
            {
                chars = new char[Encoding.UTF8.GetMaxCharCount(bytes.Length)];
            }

            var count = decoder.GetChars(bytes.Span, chars, flush: false);
            stdout.Write(chars, 0, count);
        });
        stdout.WriteLine();
        stdout.Flush();
    }

    public static void WriteFile(string path, JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                Stream(options, write, bytes => file.Write(bytes.Span));
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static void Stream(JsonWriterOptions options, Action<Utf8JsonWriter> write, Action<ReadOnlyMemory<byte>> drain)
    {
        var output = new ChunkedOutput(drain);
        using (var writer = new Utf8JsonWriter(output, options))
        {
            write(writer);
        }

        output.Drain();
    }
}
