using System.Diagnostics;
using System.Globalization;
using EnteTui.Cli;
using EnteTui.Cli.Hosting;
using EnteTui.Core.Crypto;
using EnteTui.LocalServer;
using EnteTui.LocalServer.Faults;
using EnteTui.LocalServer.Fixtures;

namespace EnteTui.Benchmarks;

/// <summary>
/// `export`: a synthetic library on the local server, exported with the real command. Prints
/// files/s and MB/s for --parallel 1 and the default with and without 50 ms latency per request,
/// large-file throughput next to plain decryption speed, the peak memory of exporting a 2 GB file
/// (separate process), and the time of a no-change re-run over 20,000 files (in process, and as a new
/// process next to the start-up of a process that exports nothing). Each figure is the median of
/// `--runs N` repetitions; each ratio is computed per repetition from measurements taken back to back
/// and its median printed. `--sections small,large,huge,many` picks parts.
/// </summary>
internal static class ExportBenchmark
{
    private const string Password = "benchmark password";
    private const string Email = "bench@example.org";
    private const int MB = 1_000_000;

    public static async Task<int> RunAsync(string[] args)
    {
        var quick = args.Contains("--quick");
        var smallCount = quick ? 100 : 300;
        var largeSize = quick ? 256L * 1024 * 1024 : 1024L * 1024 * 1024;
        var hugeSize = quick ? 512L * 1024 * 1024 : 2048L * 1024 * 1024;
        var manyCount = Option(args, "--many", int.Parse, quick ? 2_000 : 20_000);
        var runs = Option(args, "--runs", int.Parse, 3);
        var sections = Option(args, "--sections", s => s.Split(',').ToHashSet(), ["small", "large", "huge", "many"]);
        var work = Directory.CreateTempSubdirectory("ente-bench-").FullName;
        try
        {
            await using var server = await LocalEnteServer.StartAsync(new LocalServerOptions { DataDirectory = Path.Combine(work, "server") });
            await server.CreateAccountAsync(new AccountSpec(Email, Password) { OpsLimit = 1, MemLimit = 8L * 1024 * 1024 });
            var bench = new Bench(server, server.User(Email), Path.Combine(work, "home"), work, runs);
            await CliAsync(bench.Home, ["account", "add", "--endpoint", server.BaseUrl, "--email", Email, "--password-stdin"], Password);
            Console.WriteLine(Text($"EnteTui export benchmark ({(quick ? "quick" : "full")}), {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {Environment.OSVersion}, median of {runs} runs, load {LoadAverage.Now()}"));
            if (sections.Contains("small"))
            {
                await SmallFilesAsync(bench, smallCount);
            }

            if (sections.Contains("large"))
            {
                await LargeFileAsync(bench, largeSize);
            }

            if (sections.Contains("huge"))
            {
                await HugeFileAsync(bench, hugeSize);
            }

            if (sections.Contains("many"))
            {
                await ManyFilesAsync(bench, manyCount);
            }

            Console.WriteLine(Text($"load average at the end {LoadAverage.Now()}"));
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

    private static async Task SmallFilesAsync(Bench bench, int count)
    {
        var small = bench.User.CreateAlbum("Small");
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
            await bench.User.UploadAsync(small, await SyntheticMedia.CreateAsync(Text($"small_{i:00000}.jpg"), 32 * 1024, i)));

        var bytes = count * 32.0 * 1024;
        foreach (var latency in new[] { 0, 50 })
        {
            bench.Server.Faults.Configure(latency == 0 ? FaultOptions.None : new FaultOptions { Latency = TimeSpan.FromMilliseconds(latency) });
            var times = new Dictionary<int, List<double>> { [1] = [], [8] = [] };
            var speedups = new List<double>();
            for (var run = 0; run < bench.Runs; run++)
            {
                foreach (var parallel in new[] { 1, 8 })
                {
                    var root = Path.Combine(bench.Work, Text($"small-{latency}-{parallel}-{run}"));
                    times[parallel].Add(await TimedExportAsync(bench.Home, root, "--albums", "Small", "--parallel", parallel.ToString(CultureInfo.InvariantCulture)));
                    Directory.Delete(root, recursive: true);
                }

                speedups.Add(times[1][^1] / times[8][^1]);
            }

            foreach (var parallel in new[] { 1, 8 })
            {
                var seconds = Median.Of(times[parallel]);
                Console.WriteLine(Text($"small files  {count} x 32 KiB, latency {latency,2} ms, --parallel {parallel}: {seconds,6:0.00} s  {count / seconds,7:0.0} files/s  {bytes / MB / seconds,6:0.0} MB/s"));
            }

            Console.WriteLine(Text($"             speedup of --parallel 8 over 1 at {latency} ms: {Median.Of(speedups):0.0}x (per run: {Join(speedups)}), load {LoadAverage.Now()}"));
        }

        bench.Server.Faults.Configure(FaultOptions.None);
    }

    private static async Task LargeFileAsync(Bench bench, long size)
    {
        var large = bench.User.CreateAlbum("Large");
        await bench.User.UploadAsync(large, await SyntheticMedia.CreateAsync("large.mov", size, 7));
        var plain = new List<double>();
        var export = new List<double>();
        var ratios = new List<double>();
        for (var run = 0; run < bench.Runs; run++)
        {
            plain.Add(await PlainDecryptMBsAsync());
            var root = Path.Combine(bench.Work, "large");
            export.Add(size / (double)MB / await TimedExportAsync(bench.Home, root, "--albums", "Large"));
            Directory.Delete(root, recursive: true);
            ratios.Add(plain[^1] / export[^1]);
        }

        Console.WriteLine(Text($"plain decryption (in memory, 128 MiB): {Median.Of(plain):0} MB/s"));
        Console.WriteLine(Text($"large file   {size / 1024 / 1024} MiB over loopback: {Median.Of(export):0} MB/s"));
        Console.WriteLine(Text($"             plain decryption / export: {Median.Of(ratios):0.00}x (per run: {Join(ratios)}; target <= 2x), load {LoadAverage.Now()}"));
    }

    private static async Task HugeFileAsync(Bench bench, long size)
    {
        var huge = bench.User.CreateAlbum("Huge");
        await bench.User.UploadAsync(huge, await SyntheticMedia.CreateAsync("huge.mov", size, 8));
        var (code, peak, elapsed) = await PeakMemory.RunAsync(bench.Home, "export", "--albums", "Huge", "--dir", Path.Combine(bench.Work, "huge"), "--json");
        Console.WriteLine(Text($"huge file    {size / 1024 / 1024} MiB in a separate process: exit {code}, {elapsed.TotalSeconds:0.0} s, peak RSS {peak / 1024.0 / 1024:0} MiB, load {LoadAverage.Now()}"));
        Directory.Delete(Path.Combine(bench.Work, "huge"), recursive: true);
    }

    private static async Task ManyFilesAsync(Bench bench, int count)
    {
        var upload = Stopwatch.StartNew();
        var albums = new List<string>();
        for (var a = 0; a < 10; a++)
        {
            var name = Text($"Many {a}");
            albums.Add(name);
            var album = bench.User.CreateAlbum(name);
            foreach (var chunk in Enumerable.Range(0, count / 10).Chunk(5_000))
            {
                var media = await Task.WhenAll(chunk.Select(i => SyntheticMedia.CreateAsync(Text($"m_{a}_{i:00000}.jpg"), 256, 100_000 + (a * 100_000) + i)));
                await bench.User.UploadManyAsync(album, media);
            }
        }

        Console.WriteLine(Text($"many files   {count} x 256 B seeded straight into the server's store (real encryption) in {upload.Elapsed.TotalSeconds:0} s, load {LoadAverage.Now()}"));
        var many = Path.Combine(bench.Work, "many");
        string[] select = ["--albums", .. albums];
        var (firstCode, firstPeak, firstElapsed) = await PeakMemory.RunAsync(bench.Home, ["export", "--dir", many, "--json", .. select]);
        if (firstCode != 0)
        {
            throw new InvalidOperationException($"export failed ({firstCode})");
        }

        var first = firstElapsed.TotalSeconds;
        Console.WriteLine(Text($"many files   first export (new process): {first:0.0} s  {count / first:0} files/s, peak RSS {firstPeak / 1024.0 / 1024:0} MiB, load {LoadAverage.Now()}"));

        var inProcess = new List<double>();
        var newProcess = new List<double>();
        var startUp = new List<double>();
        var shares = new List<double>();
        var peaks = new List<double>();
        for (var run = 0; run < bench.Runs; run++)
        {
            inProcess.Add(await TimedExportAsync(bench.Home, many, select));
            var (code, peak, elapsed) = await PeakMemory.RunAsync(bench.Home, ["export", "--dir", many, "--json", .. select]);
            newProcess.Add(code == 0 ? elapsed.TotalSeconds : double.NaN);
            peaks.Add(peak / 1024.0 / 1024);

            // A new process that starts, loads the account and exits without exporting: the fixed cost of a cron run.
            var (_, _, idle) = await PeakMemory.RunAsync(bench.Home, "account", "list");
            startUp.Add(idle.TotalSeconds);
            shares.Add(idle.TotalSeconds / elapsed.TotalSeconds);
        }

        Console.WriteLine(Text($"many files   no-change re-run over {count} files, in process: {Median.Of(inProcess):0.00} s (target < 5 s)"));
        Console.WriteLine(Text($"many files   no-change re-run, new process wall clock: {Median.Of(newProcess):0.00} s; a new process that only lists accounts: {Median.Of(startUp):0.00} s ({Median.Of(shares) * 100:0}% of the re-run), peak RSS {Median.Of(peaks):0} MiB, load {LoadAverage.Now()}"));
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

    private static T Option<T>(string[] args, string name, Func<string, T> parse, T fallback) =>
        args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } value ? parse(value) : fallback;

    private static string Join(IEnumerable<double> values) => string.Join(", ", values.Select(v => v.ToString("0.00", CultureInfo.InvariantCulture)));

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Bench(LocalEnteServer Server, FixtureUser User, string Home, string Work, int Runs);
}
