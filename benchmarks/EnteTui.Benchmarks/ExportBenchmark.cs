using System.Diagnostics;
using System.Globalization;
using EnteTui.Cli;
using EnteTui.Cli.Hosting;
using EnteTui.Core.Crypto;
using EnteTui.LocalServer;
using EnteTui.LocalServer.Faults;

namespace EnteTui.Benchmarks;

/// <summary>
/// `export`: a synthetic library on the local server, exported with the real command. Prints
/// files/s and MB/s for --parallel 1 and the default with and without 50 ms latency per request,
/// large-file throughput next to plain decryption speed, the peak memory of exporting a 2 GB file
/// (separate process), and the time of a no-change re-run over 20,000 files.
/// </summary>
internal static class ExportBenchmark
{
    private const string Password = "benchmark password";
    private const int MB = 1_000_000;

    public static async Task<int> RunAsync(string[] args)
    {
        var quick = args.Contains("--quick");
        var smallCount = quick ? 100 : 300;
        var largeSize = quick ? 256L * 1024 * 1024 : 1024L * 1024 * 1024;
        var hugeSize = quick ? 512L * 1024 * 1024 : 2048L * 1024 * 1024;
        var manyCount = quick ? 2_000 : 20_000;
        var work = Directory.CreateTempSubdirectory("ente-bench-").FullName;
        try
        {
            await using var server = await LocalEnteServer.StartAsync(new LocalServerOptions { DataDirectory = Path.Combine(work, "server") });
            var email = "bench@example.org";
            await server.CreateAccountAsync(new AccountSpec(email, Password) { OpsLimit = 1, MemLimit = 8L * 1024 * 1024 });
            var user = server.User(email);
            var home = Path.Combine(work, "home");
            await CliAsync(home, ["account", "add", "--endpoint", server.BaseUrl, "--email", email, "--password-stdin"], Password);
            Console.WriteLine($"EnteTui export benchmark ({(quick ? "quick" : "full")}), {Environment.ProcessorCount} cores, load {Load()}");

            var small = user.CreateAlbum("Small");
            for (var i = 0; i < smallCount; i++)
            {
                var title = string.Create(CultureInfo.InvariantCulture, $"small_{i:00000}.jpg");
                await user.UploadAsync(small, await SyntheticMedia.CreateAsync(title, 32 * 1024, i));
            }

            var smallBytes = smallCount * 32.0 * 1024;
            foreach (var latency in new[] { 0, 50 })
            {
                server.Faults.Configure(latency == 0 ? FaultOptions.None : new FaultOptions { Latency = TimeSpan.FromMilliseconds(latency) });
                var times = new Dictionary<int, double>();
                foreach (var parallel in new[] { 1, 8 })
                {
                    var root = Path.Combine(work, string.Create(CultureInfo.InvariantCulture, $"small-{latency}-{parallel}"));
                    var seconds = await TimedExportAsync(home, root, "--albums", "Small", "--parallel", parallel.ToString(CultureInfo.InvariantCulture));
                    times[parallel] = seconds;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"small files  {smallCount} x 32 KiB, latency {latency,2} ms, --parallel {parallel}: {seconds,6:0.00} s  {smallCount / seconds,7:0.0} files/s  {smallBytes / MB / seconds,6:0.0} MB/s"));
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"             speedup of --parallel 8 over 1 at {latency} ms: {times[1] / times[8]:0.0}x"));
            }

            server.Faults.Configure(FaultOptions.None);
            var plain = await PlainDecryptMBsAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"plain decryption (in memory, 128 MiB): {plain:0} MB/s"));
            var large = user.CreateAlbum("Large");
            await user.UploadAsync(large, await SyntheticMedia.CreateAsync("large.mov", largeSize, 7));
            var largeSeconds = await TimedExportAsync(home, Path.Combine(work, "large"), "--albums", "Large");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"large file   {largeSize / 1024 / 1024} MiB: {largeSeconds:0.00} s  {largeSize / (double)MB / largeSeconds:0} MB/s"));
            Directory.Delete(Path.Combine(work, "large"), recursive: true);

            var huge = user.CreateAlbum("Huge");
            await user.UploadAsync(huge, await SyntheticMedia.CreateAsync("huge.mov", hugeSize, 8));
            var (code, peak, elapsed) = await PeakMemory.RunAsync(home, "export", "--albums", "Huge", "--dir", Path.Combine(work, "huge"), "--json");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"huge file    {hugeSize / 1024 / 1024} MiB in a separate process: exit {code}, {elapsed.TotalSeconds:0.0} s, peak RSS {peak / 1024.0 / 1024:0} MiB"));
            Directory.Delete(Path.Combine(work, "huge"), recursive: true);

            var upload = Stopwatch.StartNew();
            for (var a = 0; a < 10; a++)
            {
                var album = user.CreateAlbum("Many " + a.ToString(CultureInfo.InvariantCulture));
                for (var i = 0; i < manyCount / 10; i++)
                {
                    var title = string.Create(CultureInfo.InvariantCulture, $"m_{a}_{i:00000}.jpg");
                    await user.UploadAsync(album, await SyntheticMedia.CreateAsync(title, 256, 100_000 + (a * 100_000) + i));
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"many files   {manyCount} x 256 B uploaded in {upload.Elapsed.TotalSeconds:0} s"));
            var many = Path.Combine(work, "many");
            var first = await TimedExportAsync(home, many, "--exclude-albums", "Small", "Large", "Huge");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"many files   first export: {first:0.0} s  {manyCount / first:0} files/s"));
            var rerun = await TimedExportAsync(home, many, "--exclude-albums", "Small", "Large", "Huge");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"many files   no-change re-run (in process): {rerun:0.00} s"));
            var (rerunCode, _, rerunElapsed) = await PeakMemory.RunAsync(home, "export", "--dir", many, "--exclude-albums", "Small", "Large", "Huge", "--json");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"many files   no-change re-run (new process, wall clock): exit {rerunCode}, {rerunElapsed.TotalSeconds:0.00} s"));
            return 0;
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static async Task<double> TimedExportAsync(string home, string root, params string[] extra)
    {
        var clock = Stopwatch.StartNew();
        var (code, output) = await CliAsync(home, ["export", "--dir", root, "--json", .. extra]);
        if (code != 0)
        {
            throw new InvalidOperationException($"export failed ({code}): {output}");
        }

        return clock.Elapsed.TotalSeconds;
    }

    private static async Task<(int Code, string Output)> CliAsync(string home, string[] args, string? input = null)
    {
        var console = new BenchConsole(input is null ? [] : [input]);
        var variables = new Dictionary<string, string> { ["ENTE_TUI_HOME"] = home, ["HOME"] = home };
        var code = await CommandLineApp.RunAsync(args, new CliEnvironment(console, name => variables.GetValueOrDefault(name)), CancellationToken.None);
        return (code, console.OutWriter + console.Error.ToString()!);
    }

    private static async Task<double> PlainDecryptMBsAsync()
    {
        var key = CryptoRandom.NewKey();
        var cipher = new MemoryStream();
        var header = await FileCipher.EncryptAsync(new SyntheticStream(128L * 1024 * 1024, 1), cipher, key);
        cipher.Position = 0;
        var clock = Stopwatch.StartNew();
        await FileCipher.DecryptAsync(cipher, Stream.Null, header, key);
        return 128.0 * 1024 * 1024 / MB / clock.Elapsed.TotalSeconds;
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
