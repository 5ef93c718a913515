using System.Text.Json;
using EnteTui.Reporting;

namespace EnteTui.Tests.Reporting;

/// <summary>The one writer of every <c>--json</c> report: streamed in pieces, a file replaced only when complete.</summary>
public sealed class JsonReportTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("json-report-");

    public void Dispose() => work.Delete(recursive: true);

    [Fact]
    public void A_large_report_reaches_stdout_in_pieces_and_whole()
    {
        var changes = Enumerable.Range(0, 50_000).Select(i => $"+ Été/{i:D6}.jpg").ToList();
        using var stdout = new PieceRecorder();

        JsonReport.Write(stdout, JsonReport.Readable, w => WriteChanges(w, changes));

        Assert.True(stdout.Pieces.Count > 10, $"{stdout.Pieces.Count} pieces");
        Assert.True(stdout.Pieces.Max() <= 64 * 1024, $"largest piece {stdout.Pieces.Max()} chars");
        using var report = JsonDocument.Parse(stdout.ToString());
        Assert.Equal(changes, report.RootElement.GetProperty("changes").EnumerateArray().Select(e => e.GetString()));
        Assert.EndsWith("}" + Environment.NewLine, stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_report_replaces_the_old_one_only_when_it_is_complete()
    {
        var path = Path.Combine(work.FullName, "report.json");
        File.WriteAllText(path, "{\"old\":true}");

        Assert.Throws<IOException>(() => JsonReport.Write(path, TextWriter.Null, JsonReport.Readable, w =>
        {
            WriteChanges(w, Enumerable.Range(0, 20_000).Select(i => $"{i}"));
            throw new IOException("disk gone");
        }));

        Assert.Equal("{\"old\":true}", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(work.FullName));
        JsonReport.Write(path, TextWriter.Null, JsonReport.Readable, w => WriteChanges(w, ["a"]));
        using var report = JsonDocument.Parse(File.ReadAllBytes(path));
        Assert.Equal(["a"], report.RootElement.GetProperty("changes").EnumerateArray().Select(e => e.GetString()));
    }

    private static void WriteChanges(Utf8JsonWriter w, IEnumerable<string> changes)
    {
        w.WriteStartObject();
        w.WriteStartArray("changes");
        foreach (var change in changes)
        {
            w.WriteStringValue(change);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Stdout that remembers the size of every piece written to it.</summary>
    private sealed class PieceRecorder : StringWriter
    {
        public List<int> Pieces { get; } = [];

        public override void Write(char[] buffer, int index, int count)
        {
            Pieces.Add(count);
            base.Write(buffer, index, count);
        }
    }
}
