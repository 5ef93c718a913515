using System.Globalization;
using System.Text.Json;
using EnteTui.LocalServer.Fixtures;
using XmpCore;

namespace EnteTui.Tests.Export;

/// <summary>`export --xmp` against the local server: each XMP read back with XmpCore and compared with the server's values.</summary>
public class XmpExportTests(ExportServerFixture fixture) : IClassFixture<ExportServerFixture>
{
    private static Dictionary<string, byte[]> Library() => new()
    {
        ["Trip/IMG_0001.jpg"] = ExportScenario.Bytes("trip 1"),
        ["Trip/IMG_0002.jpg"] = ExportScenario.Bytes("trip 2"),
        ["Trip/LIVE_1.jpg"] = ExportScenario.Bytes("live image"),
        ["Trip/LIVE_1.mov"] = ExportScenario.Bytes("live video"),
    };

    [Fact]
    public async Task Xmp_sidecars_follow_the_servers_values_through_edits_renames_removals_and_verify()
    {
        using var s = await ExportScenario.CreateAsync(fixture.Server, Library());
        var user = s.User;
        var trip = s.AlbumId("Trip");

        var first = await s.ExportAsync("--xmp");

        Assert.True(first.ExitCode == 0, first.Error + first.Out);
        AssertXmpMatchesServer(s, trip);
        Assert.True(File.Exists(Path.Combine(s.Root, "Trip", "LIVE_1.jpg.xmp")));
        Assert.True(File.Exists(Path.Combine(s.Root, "Trip", "LIVE_1.mov.xmp")));
        Assert.Equal(s.ExpectedTree(), WithoutXmp(s.ActualTree()));

        var img = s.FileId("Trip", "IMG_0001.jpg");
        user.EditFile(img, new FileEdit
        {
            Caption = "At the beach",
            EditedTime = new DateTimeOffset(2021, 7, 20, 20, 17, 5, TimeSpan.FromHours(2)),
            OffsetTime = "+02:00",
            Latitude = 48.858370,
            Longitude = -2.294481,
        });
        var edited = await s.ExportAsync("--xmp");

        Assert.True(edited.ExitCode == 0, edited.Error);
        Assert.Equal(0, Summary(edited, "downloaded"));
        AssertXmpMatchesServer(s, trip);
        var meta = Read(Path.Combine(s.Root, "Trip", "IMG_0001.jpg.xmp"));
        Assert.Equal("2021-07-20T20:17:05+02:00", meta.GetPropertyString(XmpConstants.NsExif, "DateTimeOriginal"));
        Assert.EndsWith("N", meta.GetPropertyString(XmpConstants.NsExif, "GPSLatitude"));
        Assert.EndsWith("W", meta.GetPropertyString(XmpConstants.NsExif, "GPSLongitude"));
        Assert.Equal(s.ExpectedTree(), WithoutXmp(s.ActualTree()));

        var unchanged = await s.ExportAsync("--xmp");
        Assert.Equal(0, Summary(unchanged, "sidecarsWritten"));

        user.EditFile(s.FileId("Trip", "IMG_0002.jpg"), new FileEdit { EditedName = "Renamed.jpg" });
        user.RemoveFromAlbum(s.FileId("Trip", "LIVE_1.jpg"), trip);
        File.WriteAllText(Path.Combine(s.Root, "Trip", "IMG_0001.jpg.xmp"), "damaged");
        var changed = await s.ExportAsync("--xmp", "--verify");

        Assert.True(changed.ExitCode == 0, changed.Error);
        Assert.False(File.Exists(Path.Combine(s.Root, "Trip", "IMG_0002.jpg.xmp")));
        Assert.False(File.Exists(Path.Combine(s.Root, "Trip", "LIVE_1.jpg.xmp")));
        Assert.False(File.Exists(Path.Combine(s.Root, "Trip", "LIVE_1.mov.xmp")));
        AssertXmpMatchesServer(s, trip);
        Assert.Equal(s.ExpectedTree(), WithoutXmp(s.ActualTree()));

        var dropped = await s.ExportAsync();
        Assert.True(dropped.ExitCode == 0, dropped.Error);
        Assert.Empty(Directory.GetFiles(Path.Combine(s.Root, "Trip"), "*.xmp"));
    }

    private static void AssertXmpMatchesServer(ExportScenario s, long albumId)
    {
        var folder = Path.Combine(s.Root, "Trip");
        var expected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in s.User.Files(albumId))
        {
            var title = file.EditedName ?? file.Title;
            var parts = Directory.GetFiles(folder, Path.GetFileNameWithoutExtension(title) + ".*")
                .Select(Path.GetFileName).OfType<string>().Where(n => !n.EndsWith(".xmp", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(parts);
            foreach (var part in parts)
            {
                expected.Add(part + ".xmp");
                var meta = Read(Path.Combine(folder, part + ".xmp"));
                Assert.Equal(title, meta.GetLocalizedText(XmpConstants.NsDC, "title", null, XmpConstants.XDefault).Value);
                Assert.Equal(file.Caption, meta.GetLocalizedText(XmpConstants.NsDC, "description", null, XmpConstants.XDefault)?.Value);
                var taken = DateTimeOffset.Parse(meta.GetPropertyString(XmpConstants.NsExif, "DateTimeOriginal"), CultureInfo.InvariantCulture);
                Assert.Equal(DateTimeOffset.UnixEpoch.AddTicks((file.EditedTime ?? file.CreationTime) / 1_000_000 * 10_000_000), taken);
                Assert.Equal(file.OffsetTime is null ? TimeSpan.Zero : TimeSpan.Parse(file.OffsetTime.TrimStart('+'), CultureInfo.InvariantCulture), taken.Offset);
                AssertCoordinate(file.Latitude, meta.GetPropertyString(XmpConstants.NsExif, "GPSLatitude"), 'N', 'S');
                AssertCoordinate(file.Longitude, meta.GetPropertyString(XmpConstants.NsExif, "GPSLongitude"), 'E', 'W');
            }
        }

        Assert.Equal(expected.Order(), Directory.GetFiles(folder, "*.xmp").Select(Path.GetFileName).OfType<string>().Order());
    }

    /// <summary>XMP's `DDD,MM.mmmmK` read independently of the exporter's own formatter.</summary>
    private static void AssertCoordinate(double? expected, string? actual, char positive, char negative)
    {
        if (expected is null or 0)
        {
            Assert.Null(actual);
            return;
        }

        Assert.NotNull(actual);
        var comma = actual.IndexOf(',');
        var degrees = int.Parse(actual[..comma], CultureInfo.InvariantCulture) + (double.Parse(actual[(comma + 1)..^1], CultureInfo.InvariantCulture) / 60);
        Assert.Equal(expected.Value < 0 ? negative : positive, actual[^1]);
        Assert.Equal(Math.Abs(expected.Value), degrees, 1e-6);
    }

    private static IXmpMeta Read(string path) => XmpMetaFactory.ParseFromBuffer(File.ReadAllBytes(path));

    private static SortedDictionary<string, string> WithoutXmp(SortedDictionary<string, string> tree) =>
        new(tree.Where(p => !p.Key.EndsWith(".xmp", StringComparison.Ordinal)).ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal);

    private static int Summary(Support.CliResult run, string key)
    {
        using var json = JsonDocument.Parse(run.Out);
        return json.RootElement.GetProperty(key).GetInt32();
    }
}
