using System.Text.Json;
using EnteTui.Tests.Export;
using EnteTui.Tests.Support;

namespace EnteTui.Tests.Chaos;

/// <summary>
/// Disk full on a real small filesystem (tmpfs): while writing media, and while LiteDB writes the
/// library and export state. Clean stop, clear message, non-zero exit, state intact, and after
/// space is freed the next run completes with the right tree.
/// </summary>
public class DiskFullTests(ExportServerFixture fixture, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<ExportServerFixture>
{
    [SkippableFact]
    public async Task Export_root_fills_up_stops_cleanly_and_finishes_after_space_is_freed()
    {
        var files = Enumerable.Range(0, 16).ToDictionary(i => $"Full/IMG_{i:00}.jpg", i => ExportScenario.Bytes($"full {i}", 120_000));
        using var s = await ExportScenario.CreateAsync(fixture.Server, files);
        using var disk = SmallDisk.TryMount(700_000, out var reason);
        Skip.If(disk is null, SmallDisk.SkipReason(reason));

        var root = Path.Combine(disk.Path, "export");
        var full = await s.Cli.RunAsync(["export", "--dir", root, "--json", "--parallel", "2"]);
        output.WriteLine(full.Out);

        Assert.NotEqual(0, full.ExitCode);
        using (var summary = JsonDocument.Parse(full.Out))
        {
            Assert.Equal("diskFull", summary.RootElement.GetProperty("outcome").GetString());
        }

        Assert.DoesNotContain(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories), f => f.EndsWith(".ente-partial", StringComparison.Ordinal));
        var finished = Directory.EnumerateFiles(Path.Combine(root, "Full")).Count();
        output.WriteLine($"{finished} of 16 files fit before the disk was full; stderr: {full.Error}");

        disk.Grow(64L * 1024 * 1024);
        var next = await s.Cli.RunAsync(["export", "--dir", root, "--json"]);

        Assert.True(next.ExitCode == 0, next.Error);
        Assert.Equal(s.ExpectedTree(), s.ActualTree(root));
        using var again = JsonDocument.Parse(next.Out);
        Assert.True(again.RootElement.GetProperty("downloaded").GetInt32() <= 16 - finished, "finished files were downloaded again");
    }

    [SkippableFact]
    public async Task State_files_fill_up_during_LiteDB_writes_stop_with_a_clear_message_and_the_next_run_completes()
    {
        var files = Enumerable.Range(0, 120).ToDictionary(i => $"Rows/{new string('r', 150)}_{i:000}.jpg", i => ExportScenario.Bytes($"row {i}", 16));
        using var s = await ExportScenario.CreateAsync(fixture.Server, files);
        using var disk = SmallDisk.TryMount(160_000, out var reason);
        Skip.If(disk is null, SmallDisk.SkipReason(reason));

        // The account's home (config, library and export state, logs) moves onto the small disk.
        var home = Path.Combine(disk.Path, "home");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(s.Cli.Home, "config"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(home, Path.GetRelativePath(s.Cli.Home, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        foreach (var dir in new[] { "data", "state" }.Select(d => Path.Combine(s.Cli.Home, d)).Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Where(f => !f.Contains("/logs/", StringComparison.Ordinal)))
            {
                var target = Path.Combine(home, Path.GetRelativePath(s.Cli.Home, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        using var cli = new CliRunner(home);
        // In a child process: LiteDB 5.0.x leaves a transaction whose write hit ENOSPC with a finalizer
        // that throws on the GC thread (issues #2561, #2828), which would end the test host itself.
        var full = await ExportProcess.RunAsync(home, "export", "--dir", s.Root, "--json");
        output.WriteLine($"exit {full.ExitCode}; stderr: {full.Error}; stdout: {full.Out}");

        Assert.NotEqual(0, full.ExitCode);
        Assert.Contains("the disk is full", full.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.EnumerateFiles(s.Root, "*", SearchOption.AllDirectories), f => f.EndsWith(".ente-partial", StringComparison.Ordinal));

        disk.Grow(64L * 1024 * 1024);
        var next = await cli.RunAsync(["export", "--dir", s.Root, "--json"]);
        var rerun = await cli.RunAsync(["export", "--dir", s.Root, "--json"]);

        Assert.True(next.ExitCode == 0, next.Error);
        Assert.Equal(s.ExpectedTree(), s.ActualTree());
        using var again = JsonDocument.Parse(rerun.Out);
        Assert.Equal(0, again.RootElement.GetProperty("downloaded").GetInt32());
    }
}
