using System.Text.Json;
using EnteTui.LocalServer.Faults;
using EnteTui.Tests.Export;

namespace EnteTui.Tests.Chaos;

/// <summary>
/// kill -9 of `export` at seeded random instants (8; 40 with ENTE_TUI_SOAK=1), then a final run: the
/// uninterrupted tree, no partial files, and the server saw no second download of a finished file.
/// Replay a failure with ENTE_TUI_CHAOS_SEED=&lt;the printed seed&gt;.
/// </summary>
public class ExportKillTests(CountingServerFixture fixture, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<CountingServerFixture>
{

    [Fact]
    public async Task Killing_the_exporter_at_random_points_then_rerunning_gives_the_uninterrupted_tree()
    {
        var files = new Dictionary<string, byte[]>();
        for (var i = 0; i < 36; i++)
        {
            files[$"{(i % 3 == 0 ? "Alpha" : i % 3 == 1 ? "Beta" : "Gamma")}/IMG_{i:000}.jpg"] = ExportScenario.Bytes($"photo {i}", 150_000 + (i * 1000));
        }

        files["Alpha/LIVE.jpg"] = ExportScenario.Bytes("live image", 100_000);
        files["Alpha/LIVE.mov"] = ExportScenario.Bytes("live video", 200_000);
        using var s = await ExportScenario.CreateAsync(fixture.Server, files);
        var user = s.User;
        foreach (var file in user.Files(s.AlbumId("Alpha")).Take(6))
        {
            user.AddToAlbum(file.Id, s.AlbumId("Beta"));
        }

        var reference = Path.Combine(s.Cli.Home, "reference");
        var uninterrupted = await s.Cli.RunAsync(["export", "--dir", reference, "--json"]);
        Assert.True(uninterrupted.ExitCode == 0, uninterrupted.Error);
        var expected = s.ActualTree(reference);
        Assert.Equal(s.ExpectedTree(), expected);

        fixture.Server.Faults.Configure(new FaultOptions { Latency = TimeSpan.FromMilliseconds(40), IncludePaths = ["/files/download"] });
        var seed = ChaosSettings.Seed(20261123);
        var killPoints = ChaosSettings.Soak ? 40 : 8;
        var random = new Random(seed);
        var killed = 0;
        var targets = Enumerable.Range(0, killPoints).Select(i => i == 0 ? 0 : random.Next(1, 60)).Order().ToList();
        output.WriteLine($"seed {seed}: kill points {string.Join(", ", targets)}");
        foreach (var target in targets)
        {
            using var process = ExportProcess.Start(s.Cli.Home, "export", "--dir", s.Root, "--parallel", "4");
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (!process.HasExited && waited.Elapsed < TimeSpan.FromSeconds(90) && !Reached(s.Root, target))
            {
                await Task.Delay(10);
            }

            await Task.Delay(random.Next(0, 40));
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                killed++;
            }

            await process.WaitForExitAsync();
            output.WriteLine($"kill point {target}: {SidecarFileIds(s.Root).Count} files finished");
        }

        fixture.Server.Faults.Configure(FaultOptions.None);
        var done = SidecarFileIds(s.Root);
        fixture.ClearRequests();
        var final = await ExportProcess.RunAsync(s.Cli.Home, "export", "--dir", s.Root, "--json");
        var downloadedAgain = fixture.Downloads().Where(done.Contains).ToList();

        output.WriteLine($"seed {seed}: killed {killed} of {killPoints} runs; {done.Count} files finished before the final run; final: {final.Out}");
        Assert.True(final.ExitCode == 0, $"seed {seed}: {final.Error}");
        Assert.True(killed > 0, $"seed {seed}: no kill landed while the export was running");
        Assert.True(downloadedAgain.Count == 0, $"seed {seed}: finished files downloaded again: {string.Join(", ", downloadedAgain)}");
        Assert.Equal(expected, s.ActualTree());
        Assert.DoesNotContain(Directory.EnumerateFiles(s.Root, "*", SearchOption.AllDirectories), f => f.EndsWith(".ente-partial", StringComparison.Ordinal));
        using var summary = JsonDocument.Parse(final.Out);
        var total = user.Albums().Where(a => !a.IsDeleted).SelectMany(a => user.Files(a.Id)).Select(f => f.Id).Distinct().Count();
        Assert.True(summary.RootElement.GetProperty("downloaded").GetInt32() <= total - done.Count, $"seed {seed}: final run downloaded {summary.RootElement.GetProperty("downloaded")} of {total}, {done.Count} were finished");
    }

    /// <summary>Target 0: the run has taken the lock; otherwise at least that many sidecars exist.</summary>
    private static bool Reached(string root, int target) =>
        target == 0
            ? File.Exists(Path.Combine(root, ".ente-tui", "owner"))
            : Directory.Exists(root) && Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories).Count() >= target;

    private static HashSet<long> SidecarFileIds(string root)
    {
        var ids = new HashSet<long>();
        if (!Directory.Exists(root))
        {
            return ids;
        }

        foreach (var path in Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories).Where(p => !p.EndsWith("album_meta.json", StringComparison.Ordinal)))
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var names = doc.RootElement.GetProperty("ente").GetProperty("fileNames").EnumerateArray().Select(n => n.GetString()!);
            var folder = Path.GetDirectoryName(Path.GetDirectoryName(path))!;
            if (names.All(n => File.Exists(Path.Combine(folder, n))))
            {
                ids.Add(doc.RootElement.GetProperty("ente").GetProperty("fileID").GetInt64());
            }
        }

        return ids;
    }
}
