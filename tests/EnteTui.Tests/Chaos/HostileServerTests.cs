using System.IO.Compression;
using System.Text.Json;
using EnteTui.LocalServer;
using EnteTui.LocalServer.Fixtures;
using EnteTui.LocalServer.Seeding;
using EnteTui.Tests.Export;

namespace EnteTui.Tests.Chaos;

/// <summary>A server that sends broken or hostile data: each bad file is a clear failure, the rest is exported, nothing lands outside the root.</summary>
public class HostileServerTests(ExportServerFixture fixture) : IClassFixture<ExportServerFixture>
{
    [Fact]
    public async Task Broken_keys_metadata_and_sizes_fail_per_file_the_run_goes_on_and_an_escaping_live_photo_is_exported_safely()
    {
        var files = new[] { "good", "wrongkey", "garbled", "short", "long" }.ToDictionary(n => $"Hostile/{n}.jpg", n => ExportScenario.Bytes(n, 20_000));
        using var s = await ExportScenario.CreateAsync(fixture.Server, files);
        var album = s.AlbumId("Hostile");
        var escaping = await s.User.UploadAsync(album, LivePhoto("LIVE.jpg", "../../../image.jpg", "/tmp/video.mov"));
        var corrupt = new Dictionary<string, FileCorruption>
        {
            ["wrongkey.jpg"] = FileCorruption.WrongKeyLength,
            ["garbled.jpg"] = FileCorruption.GarbleMetadata,
            ["short.jpg"] = FileCorruption.TruncateFile,
            ["long.jpg"] = FileCorruption.ExtendFile,
        };
        var ids = s.User.Files(album).Where(f => corrupt.ContainsKey(f.Title)).ToDictionary(f => f.Title, f => f.Id);
        foreach (var (title, kind) in corrupt)
        {
            fixture.Server.CorruptFile(ids[title], kind);
        }

        var run = await s.ExportAsync("--parallel", "2");

        Assert.Equal(1, run.ExitCode);
        using var summary = JsonDocument.Parse(run.Out);
        var failures = summary.RootElement.GetProperty("failures").EnumerateArray()
            .ToDictionary(f => f.GetProperty("fileID").GetInt64(), f => f.GetProperty("message").GetString()!);
        Assert.Equal(ids.Values.Order(), failures.Keys.Order());
        Assert.DoesNotContain(escaping, failures.Keys);
        Assert.Contains("cannot be decrypted", failures[ids["wrongkey.jpg"]], StringComparison.Ordinal);
        Assert.Contains("cannot be decrypted", failures[ids["garbled.jpg"]], StringComparison.Ordinal);
        Assert.All(failures.Values, m => Assert.False(string.IsNullOrWhiteSpace(m)));
        Assert.True(File.Exists(Path.Combine(s.Root, "Hostile", "good.jpg")));
        Assert.Equal(["LIVE.jpg", "LIVE.mov", "good.jpg"], Directory.EnumerateFiles(Path.Combine(s.Root, "Hostile")).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray());
        AssertLivePhoto(s, "Hostile", "LIVE", ".jpg", ".mov");
        AssertNothingOutside(s);
    }

    [Fact]
    public async Task Live_photo_parts_with_hostile_entry_names_are_written_as_the_title_with_the_part_extension()
    {
        using var s = await ExportScenario.CreateAsync(fixture.Server, new Dictionary<string, byte[]> { ["Live/plain.jpg"] = ExportScenario.Bytes("plain") });
        var album = s.AlbumId("Live");
        await s.User.UploadAsync(album, LivePhoto("dots.heic", "image/../../../x.heic", "video/../../../../y.mov"));
        await s.User.UploadAsync(album, LivePhoto("absolute.jpg", "/etc/image.jpg", "/tmp/video.mp4"));
        await s.User.UploadAsync(album, LivePhoto("backslash.jpg", "..\\..\\image.jpeg", "C:\\Windows\\video.mov"));

        var run = await s.ExportAsync();

        Assert.True(run.ExitCode == 0, run.Error + run.Out);
        Assert.Empty(JsonDocument.Parse(run.Out).RootElement.GetProperty("failures").EnumerateArray());
        AssertLivePhoto(s, "Live", "dots", ".heic", ".mov");
        AssertLivePhoto(s, "Live", "absolute", ".jpg", ".mp4");
        AssertLivePhoto(s, "Live", "backslash", ".jpeg", ".mov");
        Assert.Equal(7, Directory.EnumerateFiles(Path.Combine(s.Root, "Live")).Count());
        Assert.Equal([".meta"], Directory.EnumerateDirectories(Path.Combine(s.Root, "Live")).Select(Path.GetFileName));
        AssertNothingOutside(s);
        Assert.False(File.Exists(Path.Combine(s.Root, "..", "x.heic")));
    }

    [Fact]
    public async Task A_file_whose_metadata_turns_undecryptable_is_reported_and_its_exported_copy_kept()
    {
        using var s = await ExportScenario.CreateAsync(fixture.Server, new Dictionary<string, byte[]> { ["Kept/a.jpg"] = ExportScenario.Bytes("a"), ["Kept/b.jpg"] = ExportScenario.Bytes("b") });
        Assert.Equal(0, (await s.ExportAsync()).ExitCode);
        var before = s.ActualTree();
        var broken = s.FileId("Kept", "a.jpg");
        fixture.Server.CorruptFile(broken, FileCorruption.GarbleMetadata);

        var run = await s.ExportAsync();
        var again = await s.ExportAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(1, again.ExitCode);
        using var summary = JsonDocument.Parse(again.Out);
        Assert.Equal(broken, summary.RootElement.GetProperty("failures")[0].GetProperty("fileID").GetInt64());
        Assert.Equal(before, s.ActualTree());
    }

    [Fact]
    public async Task A_redirect_to_another_host_gets_the_download_without_the_token()
    {
        // The blob store answers on "localhost" while the API is on 127.0.0.1, and refuses any request carrying the token.
        await using var server = await LocalEnteServer.StartAsync(new LocalServerOptions { BlobHost = "localhost" });
        using var s = await ExportScenario.CreateAsync(server, new Dictionary<string, byte[]> { ["Moved/a.jpg"] = ExportScenario.Bytes("a"), ["Moved/b.jpg"] = ExportScenario.Bytes("b") });

        var run = await s.ExportAsync();

        Assert.True(run.ExitCode == 0, run.Error + run.Out);
        Assert.Equal(s.ExpectedTree(), s.ActualTree());
        AssertNothingOutside(s);
    }

    /// <summary>Both parts as `&lt;title base&gt;.&lt;part ext&gt;` with their content, each with its sidecar in `.meta/`.</summary>
    private static void AssertLivePhoto(ExportScenario s, string album, string stem, string imageExtension, string videoExtension)
    {
        var folder = Path.Combine(s.Root, album);
        var image = File.ReadAllBytes(Path.Combine(folder, stem + imageExtension));
        var video = File.ReadAllBytes(Path.Combine(folder, stem + videoExtension));
        Assert.Equal("image part"u8.ToArray(), image[..10]);
        Assert.Equal("video part"u8.ToArray(), video[..10]);
        Assert.Equal([1010, 1010], new[] { image.Length, video.Length });
        Assert.True(File.Exists(Path.Combine(folder, ".meta", stem + imageExtension + ".json")), $"no sidecar for {stem}{imageExtension}");
        Assert.True(File.Exists(Path.Combine(folder, ".meta", stem + videoExtension + ".json")), $"no sidecar for {stem}{videoExtension}");
    }

    private static void AssertNothingOutside(ExportScenario s)
    {
        var outside = Directory.EnumerateFiles(s.Cli.Home, "*", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(s.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Where(f => Path.GetFileName(f) is "image.jpg" or "video.mov" || f.EndsWith(".ente-partial", StringComparison.Ordinal));
        Assert.Empty(outside);
        Assert.False(File.Exists("/tmp/video.mov"));
        Assert.DoesNotContain(Directory.EnumerateFiles(s.Root, "*", SearchOption.AllDirectories), f => f.EndsWith(".ente-partial", StringComparison.Ordinal));
    }

    private static PreparedMedia LivePhoto(string title, string imageEntry, string videoEntry)
    {
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in new[] { (imageEntry, "image part"), (videoEntry, "video part") })
            {
                using var entry = archive.CreateEntry(name).Open();
                entry.Write(ExportScenario.Bytes(text, 1000));
            }
        }

        var bytes = zip.ToArray();
        return new PreparedMedia
        {
            Title = title,
            FileType = PreparedMedia.LivePhoto,
            OpenContent = () => new MemoryStream(bytes),
            CreationTime = 1_700_000_000_000_000,
            ModificationTime = 1_700_000_000_000_000,
            Hash = "aW1hZ2U=:dmlkZW8=",
            Thumbnail = [0xFF, 0xD8, 0xFF, 0xD9],
        };
    }
}
