using System.Diagnostics;
using System.Globalization;
using EnteTui.Cli;
using EnteTui.Cli.Hosting;
using EnteTui.Core.Import.Planning;
using EnteTui.Fixtures;
using EnteTui.LocalServer;

namespace EnteTui.Benchmarks;

/// <summary>
/// `import`: a generated two-part Takeout (zip + tgz; photos with sidecars and a few large videos
/// that go up in parts) imported with the real command into the local server, each run into a
/// fresh account. Prints files/s and MB/s for --parallel 1 and the default; then the camera-sized
/// sets with their peak memory (<see cref="CameraImportBenchmark"/>), and on request where one
/// camera photo's time goes (<see cref="CameraImportSteps"/>).
/// </summary>
internal static class ImportBenchmark
{
    private const string Password = "benchmark password";
    private const double MB = 1_000_000;

    public static async Task<int> RunAsync(string[] args)
    {
        var quick = args.Contains("--quick");
        var sets = SetsOf(args);
        var photos = quick ? 60 : 240;
        var videos = quick ? 1 : 4;
        var work = Directory.CreateTempSubdirectory("ente-import-bench-").FullName;
        try
        {
            if (sets.Contains("steps"))
            {
                CameraImportSteps.Run(work);
                if (sets.Length == 1)
                {
                    return 0;
                }
            }

            var (parts, files, bytes) = Generate(Path.Combine(work, "takeout"), photos, videos);
            await using var server = await LocalEnteServer.StartAsync(new LocalServerOptions { DataDirectory = Path.Combine(work, "server") });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"EnteTui import benchmark ({(quick ? "quick" : "full")}), {Environment.ProcessorCount} cores, load {Load()}: {files} files, {bytes / MB:0.0} MB in {parts.Count} parts"));
            foreach (var parallel in sets.Contains("mixed") ? new[] { 1, ImportOptions.DefaultParallelism } : [])
            {
                var email = string.Create(CultureInfo.InvariantCulture, $"bench-{parallel}@example.org");
                await server.CreateAccountAsync(new AccountSpec(email, Password) { OpsLimit = 1, MemLimit = 8L * 1024 * 1024 });
                var home = Path.Combine(work, "home-" + parallel.ToString(CultureInfo.InvariantCulture));
                await CliAsync(home, ["account", "add", "--endpoint", server.BaseUrl, "--email", email, "--password-stdin"], Password);
                var clock = Stopwatch.StartNew();
                var (code, output) = await CliAsync(home, ["takeout", "import", .. parts, "--parallel", parallel.ToString(CultureInfo.InvariantCulture), "--json"]);
                var seconds = clock.Elapsed.TotalSeconds;
                if (code != 0)
                {
                    throw new InvalidOperationException($"import failed ({code}): {output}");
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"takeout import --parallel {parallel}: {seconds,6:0.00} s  {files / seconds,6:0.0} files/s  {bytes / MB / seconds,6:0.0} MB/s (scan, sync and upload)"));
            }

            await CameraImportBenchmark.RunAsync(work, server, sets.Contains("camera"), sets.Contains("video") && !quick);
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>`--sets mixed,camera,video,steps` (default the first three; `--quick` leaves out the 1 GiB video; `steps` times one photo's steps in process).</summary>
    private static string[] SetsOf(string[] args)
    {
        var index = Array.IndexOf(args, "--sets");
        return index >= 0 && index + 1 < args.Length ? args[index + 1].Split(',') : ["mixed", "camera", "video"];
    }

    private static (IReadOnlyList<string> Parts, int Files, long Bytes) Generate(string dir, int photos, int videos)
    {
        var builder = new TakeoutBuilder();
        long bytes = 0;
        for (var i = 0; i < photos; i++)
        {
            var jpeg = MediaFactory.NoiseJpeg(640, 480, i);
            var name = string.Create(CultureInfo.InvariantCulture, $"IMG_{i:00000}.jpg");
            var folder = i % 4 == 0 ? "Album " + (i % 3).ToString(CultureInfo.InvariantCulture) : "Photos from " + (2010 + (i % 10)).ToString(CultureInfo.InvariantCulture);
            builder.Add($"{folder}/{name}", jpeg, part: 1 + (i % 2));
            builder.AddSidecar($"{folder}/{name}.json", new SidecarSpec(name) { PhotoTakenTime = 1_300_000_000 + (i * 3600L) }, part: 2 - (i % 2));
            bytes += jpeg.Length;
        }

        for (var a = 0; a < 3; a++)
        {
            builder.AddAlbum("Album " + a.ToString(CultureInfo.InvariantCulture), "Album " + a.ToString(CultureInfo.InvariantCulture), part: 1);
        }

        for (var v = 0; v < videos; v++)
        {
            var mp4 = MediaFactory.Mp4(30, DateTimeOffset.FromUnixTimeSeconds(1_400_000_000 + v), 24 * 1024 * 1024, 100 + v);
            var name = string.Create(CultureInfo.InvariantCulture, $"VID_{v:000}.mp4");
            builder.Add($"Photos from 2014/{name}", mp4, part: 1 + (v % 2));
            bytes += mp4.Length;
        }

        return (builder.Write(dir, "zip", "tgz"), photos + videos, bytes);
    }

    internal static async Task<(int Code, string Output)> CliAsync(string home, string[] args, string? input = null)
    {
        var console = new BenchConsole(input is null ? [] : [input]);
        var variables = new Dictionary<string, string> { ["ENTE_TUI_HOME"] = home, ["HOME"] = home };
        var code = await CommandLineApp.RunAsync(args, new CliEnvironment(console, name => variables.GetValueOrDefault(name)), CancellationToken.None);
        return (code, console.OutWriter + console.Error.ToString()!);
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
