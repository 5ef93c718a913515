using EnteTui.Core.Sync;
using EnteTui.LocalServer.Faults;

namespace EnteTui.Tests.Export;

/// <summary>A TUI and a cron export of one account: one process at a time on its LiteDB files, and no lock outlives a killed process.</summary>
public class ExportLockingTests(KillFixture fixture) : IClassFixture<KillFixture>
{
    private static Dictionary<string, byte[]> Library() =>
        Enumerable.Range(0, 12).ToDictionary(i => $"Locks/IMG_{i:00}.jpg", i => ExportScenario.Bytes($"lock {i}", 40_000));

    [Fact]
    public async Task An_export_while_another_process_has_the_account_library_open_is_refused_with_a_clear_message()
    {
        using var s = await ExportScenario.CreateAsync(fixture.Server, Library());
        Assert.Equal(0, (await s.ExportAsync()).ExitCode);
        var libraryFile = Directory.EnumerateFiles(s.Cli.Home, "*.db", SearchOption.AllDirectories).Single(f => Path.GetFileName(Path.GetDirectoryName(f)) == "library");
        var before = s.ActualTree();

        (int ExitCode, string Out, string Error) refused;
        using (new LibraryStore(libraryFile))
        {
            refused = await ExportProcess.RunAsync(s.Cli.Home, "export", "--dir", s.Root, "--json");
            Assert.Equal(before, s.ActualTree());
        }

        var after = await ExportProcess.RunAsync(s.Cli.Home, "export", "--dir", s.Root, "--json");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("in use by another ente-tui process", refused.Error, StringComparison.Ordinal);
        Assert.Contains($"pid {Environment.ProcessId}", refused.Error, StringComparison.Ordinal);
        Assert.True(after.ExitCode == 0, after.Error);
        Assert.Equal(s.ExpectedTree(), s.ActualTree());
    }

    [Fact]
    public async Task A_kill_9_leaves_no_lock_that_blocks_the_next_run()
    {
        using var s = await ExportScenario.CreateAsync(fixture.Server, Library());
        fixture.Server.Faults.Configure(new FaultOptions { Latency = TimeSpan.FromMilliseconds(300), IncludePaths = ["/blobs"] });
        try
        {
            using var process = ExportProcess.Start(s.Cli.Home, "export", "--dir", s.Root, "--parallel", "1");
            // Killed as soon as it holds the lock: with 300 ms per download it is still busy then.
            SpinWait.SpinUntil(() => process.HasExited || File.Exists(Path.Combine(s.Root, ".ente-tui", "owner")), TimeSpan.FromSeconds(60));
            Assert.False(process.HasExited, "the export finished before it could be killed");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        finally
        {
            fixture.Server.Faults.Configure(FaultOptions.None);
        }

        Assert.True(File.Exists(Path.Combine(s.Root, ".ente-tui", "owner")), "the killed run's owner file is the stale lock");
        var next = await ExportProcess.RunAsync(s.Cli.Home, "export", "--dir", s.Root, "--json");

        Assert.True(next.ExitCode == 0, next.Error);
        Assert.Equal(s.ExpectedTree(), s.ActualTree());
    }
}
