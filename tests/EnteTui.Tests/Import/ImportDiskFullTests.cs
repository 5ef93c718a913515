using EnteTui.Fixtures;
using EnteTui.LocalServer;
using EnteTui.LocalServer.Faults;
using EnteTui.Tests.Account;
using EnteTui.Tests.Chaos;
using EnteTui.Tests.Export;
using EnteTui.Tests.Support;

namespace EnteTui.Tests.Import;

/// <summary>
/// The app's state (LiteDB import progress, scan cache, logs) on a small tmpfs that fills up during
/// an import (filled once a few files are in): the run stops with a clear message and non-zero exit,
/// and once space is back the next run completes with every photo exactly once. Needs `mount -t tmpfs` (root); Skipped otherwise.
/// </summary>
public sealed class ImportDiskFullTests : IAsyncLifetime
{
    private const int Photos = 30;
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("import-disk-full-");
    private LocalEnteServer? server;
    private SmallDisk? disk;

    public async Task InitializeAsync() =>
        server = await LocalEnteServer.StartAsync(LocalServerOptions.ManyLogins with { Faults = new FaultOptions { Latency = TimeSpan.FromMilliseconds(40) } });

    [SkippableFact]
    public async Task A_full_disk_during_the_import_state_writes_stops_cleanly_and_the_next_run_completes()
    {
        disk = SmallDisk.TryMount(6L * 1024 * 1024, out var reason);
        Skip.If(disk is null, SmallDisk.SkipReason(reason));
        var target = disk.Path;
        var builder = new TakeoutBuilder();
        for (var i = 0; i < Photos; i++)
        {
            builder.Add($"Photos from 2020/P{i:00}.jpg", MediaFactory.Jpeg(160, 120, 500 + i), part: 1);
            builder.AddSidecar($"Photos from 2020/P{i:00}.jpg.json", new SidecarSpec($"P{i:00}.jpg") { PhotoTakenTime = 1_580_000_000 + i }, part: 1);
        }

        var parts = builder.Write(Path.Combine(work.FullName, "parts"), "zip");
        var email = LocalServerFixture.NewEmail();
        await server!.CreateAccountAsync(new AccountSpec(email, LocalServerFixture.Password) { OpsLimit = 2, MemLimit = 8L * 1024 * 1024 });
        var cli = new CliRunner(Path.Combine(target, "home"));
        var add = await cli.RunAsync(["account", "add", "--endpoint", server.BaseUrl, "--email", email, "--password-stdin"], [LocalServerFixture.Password]);
        Assert.True(add.ExitCode == 0, add.Error);
        var filler = Path.Combine(target, "filler");

        // The disk fills up once a few files are in: the next progress commits hit ENOSPC.
        // In a child process: LiteDB 5.0.x leaves a transaction whose write hit ENOSPC with a finalizer
        // that throws on the GC thread (issues #2561, #2828), which would end the test host itself.
        var running = ExportProcess.RunAsync(cli.Home, ["takeout", "import", .. parts, "--parallel", "1"]);
        while (server.User(email).FilesCreated() < 3 && !running.IsCompleted)
        {
            await Task.Delay(20);
        }

        FillLeaving(filler, 0);
        var full = await running;

        Console.WriteLine($"disk full: exit {full.ExitCode}, {server.User(email).FilesCreated()} of {Photos} files created, stderr: {full.Error.Trim()}");
        Assert.NotEqual(0, full.ExitCode);
        Assert.Contains("No space left on device", full.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", full.Error, StringComparison.Ordinal);
        Assert.InRange(server.User(email).FilesCreated(), 3, Photos - 1);

        File.Delete(filler);
        var rerun = await cli.RunAsync(["takeout", "import", .. parts]);

        Assert.True(rerun.ExitCode == 0, rerun.Error + rerun.Out);
        Assert.Equal(Photos, server.User(email).FilesCreated());
        using var reader = new AccountReader(cli.Home, email);
        Assert.Equal(Photos, (await reader.FilesAsync()).Select(f => Convert.ToHexString(f.Content)).Distinct().Count());
    }

    private static void FillLeaving(string path, long free)
    {
        using var file = File.Create(path);
        var chunk = new byte[4096];
        try
        {
            while (true)
            {
                file.Write(chunk);
                file.Flush();
            }
        }
        catch (IOException)
        {
        }

        file.SetLength(Math.Max(0, file.Length - free));
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        disk?.Dispose();

        work.Delete(recursive: true);
    }
}
