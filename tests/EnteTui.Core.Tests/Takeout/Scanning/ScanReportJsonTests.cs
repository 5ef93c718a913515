using System.Text.Json;

using EnteTui.Core.Takeout.Scanning;
using EnteTui.Core.Tests.Takeout.Support;

namespace EnteTui.Core.Tests.Takeout.Scanning;

/// <summary>The <c>--json</c> report has exactly the shape contracts.md pins.</summary>
public class ScanReportJsonTests
{
    [Fact]
    public void Report_lists_parts_every_media_copy_orphans_and_problems()
    {
        using var dir = new TempDir();
        const string Y = "Takeout/Google Photos/Photos from 2020/";
        ArchiveWriter.Zip(dir.File("takeout-001.zip"), [new(Y + "a.jpg", [1]), new(Y + "b.jpg", [2]), new(Y + "c.jpg.json", SidecarJson.Media("c.jpg", 1))]);
        ArchiveWriter.Tgz(dir.File("takeout-003.tgz"), [new(Y + "a.jpg.json", SidecarJson.Media("a.jpg", 1)), new(Y + "a.jpg", [1])]);
        File.WriteAllText(dir.File("notes.zip"), "nope");

        var result = new TakeoutScanner(new ScanOptions()).Scan([dir.File("takeout-001.zip"), dir.File("takeout-003.tgz"), dir.File("notes.zip")]);
        using var report = new MemoryStream();
        using (var writer = new Utf8JsonWriter(report))
        {
            ScanReportJson.Write(result, writer);
        }

        using var doc = JsonDocument.Parse(report.ToArray());
        var root = doc.RootElement;

        Assert.Equal(["parts", "pairs", "orphanSidecars", "problems"], root.EnumerateObject().Select(p => p.Name));
        var parts = root.GetProperty("parts").EnumerateArray().ToList();
        Assert.Equal([("zip", 3), ("tgz", 2), ("invalid", 0)], parts.Select(p => (p.GetProperty("kind").GetString(), p.GetProperty("entries").GetInt32())));
        Assert.Equal(dir.File("takeout-001.zip"), parts[0].GetProperty("path").GetString());

        var pairs = root.GetProperty("pairs").EnumerateArray().ToList();
        Assert.Equal(3, pairs.Count);
        var a = pairs.Where(p => p.GetProperty("media").GetString() == Y + "a.jpg").Select(p => (p.GetProperty("part").GetInt32(), p.GetProperty("sidecar").GetString(), p.GetProperty("sidecarPart").GetInt32(), p.GetProperty("rule").GetString())).ToList();
        Assert.Equal([(1, Y + "a.jpg.json", 2, "exact"), (2, Y + "a.jpg.json", 2, "exact")], a.Order());
        var b = pairs.Single(p => p.GetProperty("media").GetString() == Y + "b.jpg");
        Assert.Equal(JsonValueKind.Null, b.GetProperty("sidecar").ValueKind);
        Assert.Equal(JsonValueKind.Null, b.GetProperty("sidecarPart").ValueKind);
        Assert.Equal("none", b.GetProperty("rule").GetString());
        Assert.Equal(JsonValueKind.Array, b.GetProperty("candidates").ValueKind);
        Assert.Equal("folder", b.GetProperty("dateSource").GetString());

        Assert.Equal([Y + "c.jpg.json"], root.GetProperty("orphanSidecars").EnumerateArray().Select(e => e.GetString()));
        var problems = root.GetProperty("problems").EnumerateArray().ToList();
        Assert.Contains(problems, p => p.GetProperty("part").GetInt32() == 3 && p.GetProperty("entry").ValueKind == JsonValueKind.Null);
        Assert.Contains(problems, p => p.GetProperty("part").GetInt32() == 2 && p.GetProperty("message").GetString()!.Contains("missing part 002", StringComparison.Ordinal));
    }
}
