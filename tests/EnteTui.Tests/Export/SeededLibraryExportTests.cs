using System.Text.Json;
using EnteTui.Demo;
using EnteTui.Tests.Support;
using EnteTui.Tests.Tui.RealServices;

namespace EnteTui.Tests.Export;

/// <summary>A full export of the seeded demo library from the command line, checked on the server's side too.</summary>
public class SeededLibraryExportTests(SeededServerFixture server) : IClassFixture<SeededServerFixture>
{
    [Fact]
    public async Task A_full_export_sends_no_token_header_to_download_paths_and_exports_the_hostile_live_photo_safely()
    {
        using var cli = new CliRunner();
        var root = Path.Combine(cli.Home, "export");
        var add = await cli.RunAsync(["account", "add", "--endpoint", server.Endpoint, "--email", SeededServerFixture.Email, "--password-stdin"], [SeededServerFixture.Password]);
        Assert.True(add.ExitCode == 0, add.Error);
        var before = server.Server.Stats.TokenHeadersOnDownloads;

        var export = await cli.RunAsync(["export", "--dir", root, "--json"]);

        Assert.True(export.ExitCode == 0, export.Error + export.Out);
        Assert.Empty(JsonDocument.Parse(export.Out).RootElement.GetProperty("failures").EnumerateArray());
        Assert.Equal(0, before);
        Assert.Equal(0, server.Server.Stats.TokenHeadersOnDownloads);
        var wedding = Path.Combine(root, "Wedding");
        var stem = SampleLibrary.HostileLivePhoto;
        Assert.Equal([stem + ".jpg", stem + ".mov"], Directory.GetFiles(wedding, stem + "*").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.True(File.Exists(Path.Combine(wedding, ".meta", stem + ".jpg.json")));
        Assert.True(File.Exists(Path.Combine(wedding, ".meta", stem + ".mov.json")));
        Assert.Empty(Directory.GetFiles(cli.Home, "video.mov", SearchOption.AllDirectories));
        Assert.Equal([".meta"], Directory.GetDirectories(wedding).Select(Path.GetFileName));
    }
}
