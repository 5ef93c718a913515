using System.Diagnostics;
using EnteTui.Fixtures;
using EnteTui.LocalServer;
using EnteTui.LocalServer.Faults;
using EnteTui.Tests.Account;
using EnteTui.Tests.Chaos;
using EnteTui.Tests.Support;

namespace EnteTui.Tests.Import;

/// <summary>
/// Runs the real `ente-tui.dll` as a child process, kills it (SIGKILL) at seeded random moments
/// during an import, then lets it finish: every photo must be in the account exactly once, the
/// server must have created exactly one file record per photo, and the account must look exactly
/// like one imported in a single uninterrupted run. ENTE_TUI_SOAK=1: more photos and kill points.
/// </summary>
public sealed class ImportKillResumeTests : IAsyncLifetime
{
    private static readonly int Photos = ChaosSettings.Soak ? 120 : 36;
    private static readonly int KillPoints = ChaosSettings.Soak ? 40 : 8;
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("import-kill-");
    private LocalEnteServer? server;

    public async Task InitializeAsync() =>
        server = await LocalEnteServer.StartAsync(LocalServerOptions.ManyLogins with { Faults = new FaultOptions { Latency = TimeSpan.FromMilliseconds(10) } });

    [Fact]
    public async Task Killed_at_random_points_and_resumed_the_import_holds_each_photo_exactly_once()
    {
        var builder = new TakeoutBuilder();
        var contents = new List<byte[]>();
        for (var i = 0; i < Photos; i++)
        {
            var jpeg = MediaFactory.Jpeg(320, 240, 1000 + i);
            contents.Add(jpeg);
            var name = $"IMG_{i:0000}.jpg";
            var folder = i % 3 == 0 ? "Holiday" : $"Photos from {2015 + (i % 5)}";
            builder.Add($"{folder}/{name}", jpeg, part: 1 + (i % 2));
            builder.AddSidecar($"{folder}/{name}.json", new SidecarSpec(name) { PhotoTakenTime = 1_500_000_000 + (i * 3600), Favorited = i % 7 == 0 }, part: 2 - (i % 2));
        }

        builder.AddAlbum("Holiday", "Holiday 2017", part: 1);
        var parts = builder.Write(Path.Combine(work.FullName, "parts"), "zip", "tgz");
        var email = LocalServerFixture.NewEmail();
        await server!.CreateAccountAsync(new AccountSpec(email, LocalServerFixture.Password) { OpsLimit = 2, MemLimit = 8L * 1024 * 1024 });
        using var cli = new CliRunner();
        var add = await cli.RunAsync(["account", "add", "--endpoint", server.BaseUrl, "--email", email, "--password-stdin"], [LocalServerFixture.Password]);
        Assert.True(add.ExitCode == 0, add.Error);

        var random = new Random(20261123);
        string[] args = ["takeout", "import", .. parts, "--parallel", "3"];
        var kills = 0;
        var uploadedAtKill = new List<int>();
        int Uploaded() => server.User(email).Albums().Where(a => a.Type != "favorites").Sum(a => a.FileCount);
        for (var point = 0; point < KillPoints; point++)
        {
            // Kill once a few more photos landed, plus a random delay: mid-PUT, mid-POST, between commits.
            var target = Uploaded() + random.Next(1, 5);
            var extraDelay = TimeSpan.FromMilliseconds(random.Next(0, 120));
            var (exited, code, output) = await RunChildAsync(cli.Home, args, async () =>
            {
                if (Uploaded() < target)
                {
                    return false;
                }

                await Task.Delay(extraDelay);
                return true;
            });
            if (exited)
            {
                Assert.True(code == 0, output);
                break;
            }

            kills++;
            uploadedAtKill.Add(Uploaded());
        }

        var (finished, exitCode, log) = await RunChildAsync(cli.Home, args, killWhen: null);
        Assert.True(finished && exitCode == 0, log);
        Assert.True(kills > 0, "no run was killed: the kill points came too late");
        Assert.True(uploadedAtKill.Any(n => n > 0 && n < Photos), "no kill landed in the middle of the uploads: " + string.Join(",", uploadedAtKill));
        Console.WriteLine("files in the account at each kill: " + string.Join(",", uploadedAtKill));

        using var reader = new AccountReader(cli.Home, email);
        var files = await reader.FilesAsync();
        Assert.Equal(Photos, files.Count);
        foreach (var content in contents)
        {
            Assert.Single(files, f => f.Content.AsSpan().SequenceEqual(content));
        }

        Assert.Equal(Photos / 3, files.Count(f => f.Albums.Contains("Holiday 2017")));
        Assert.Equal(Photos - (Photos / 3), files.Count(f => f.Albums.Contains("Uncategorized")));
        Assert.DoesNotContain(files, f => f.Albums.Contains("Holiday 2017") && f.Albums.Contains("Uncategorized"));
        Assert.Equal((Photos + 6) / 7, files.Count(f => f.Albums.Contains("Favorites")));
        Assert.Equal(Photos, server.User(email).FilesCreated());

        var straightEmail = LocalServerFixture.NewEmail();
        await server.CreateAccountAsync(new AccountSpec(straightEmail, LocalServerFixture.Password) { OpsLimit = 2, MemLimit = 8L * 1024 * 1024 });
        using var straight = new CliRunner();
        var straightAdd = await straight.RunAsync(["account", "add", "--endpoint", server.BaseUrl, "--email", straightEmail, "--password-stdin"], [LocalServerFixture.Password]);
        Assert.True(straightAdd.ExitCode == 0, straightAdd.Error);
        var (straightDone, straightCode, straightLog) = await RunChildAsync(straight.Home, args, killWhen: null);
        Assert.True(straightDone && straightCode == 0, straightLog);
        using var straightReader = new AccountReader(straight.Home, straightEmail);
        Assert.Equal(Projection(await straightReader.FilesAsync()), Projection(files));
    }

    private static List<string> Projection(IEnumerable<ImportedFile> files) => files
        .Select(f => $"{f.Title}|{f.FileType}|{f.CreationTime}|{f.Latitude}|{f.Longitude}|{f.Caption}|{string.Join(",", f.Albums)}|{f.Visibility}|{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(f.Content))}")
        .Order(StringComparer.Ordinal)
        .ToList();

    private static async Task<(bool Exited, int Code, string Output)> RunChildAsync(string home, string[] args, Func<Task<bool>>? killWhen)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ente-tui.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ENTE_TUI_HOME"] = home;
        start.Environment["HOME"] = home;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var deadline = Stopwatch.StartNew();
        while (!process.HasExited && deadline.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (killWhen is not null && await killWhen())
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                return (false, -1, await stdout + await stderr);
            }

            await Task.Delay(100);
        }

        await process.WaitForExitAsync();
        return (true, process.ExitCode, await stdout + await stderr);
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        work.Delete(recursive: true);
    }
}
