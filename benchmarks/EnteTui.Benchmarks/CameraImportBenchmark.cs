using System.Diagnostics;
using System.Globalization;
using EnteTui.Core.Import.Planning;
using EnteTui.LocalServer;

namespace EnteTui.Benchmarks;

/// <summary>
/// The memory half of `import`: camera-sized media imported by the real `ente-tui` process (so its
/// peak RSS is its own) at the default parallelism: 60 JPEGs of 12 MP (~7.6 MB) in one zip part,
/// timed against `unzip -p` of the same part, and one 1 GiB video.
/// </summary>
internal static class CameraImportBenchmark
{
    private const string Password = "benchmark password";
    private const double MB = 1_000_000;

    public static async Task RunAsync(string work, LocalEnteServer server, bool photos, bool video)
    {
        if (photos)
        {
            var (part, bytes) = CameraTakeout.WritePhotos(Path.Combine(work, "camera"), 60);
            var unzip = UnzipSeconds(part);
            var (seconds, peak, cpu) = await ImportAsync(work, server, "camera", part);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"12 MP set (60 JPEGs, {bytes / MB:0} MB, 1 zip part) --parallel {ImportOptions.DefaultParallelism}: {seconds,6:0.00} s  {bytes / MB / seconds,6:0.0} MB/s  peak RSS {peak / MB,5:0} MB  CPU {cpu:0.0} s  ({seconds / unzip:0.0}x unzip -p {unzip:0.00} s, load {LoadAverage.Now()})"));
        }

        if (video)
        {
            var (part, bytes) = CameraTakeout.WriteVideo(Path.Combine(work, "video"), 1L << 30);
            var (seconds, peak, cpu) = await ImportAsync(work, server, "video", part);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"1 GiB video (1 zip part) --parallel {ImportOptions.DefaultParallelism}: {seconds,6:0.00} s  {bytes / MB / seconds,6:0.0} MB/s  peak RSS {peak / MB,5:0} MB  CPU {cpu:0.0} s  (load {LoadAverage.Now()})"));
        }
    }

    /// <summary>Wall time, peak RSS and CPU time (user + system) of the `ente-tui` process; CPU time says more than wall time on a shared box.</summary>
    private static async Task<(double Seconds, long PeakBytes, double CpuSeconds)> ImportAsync(string work, LocalEnteServer server, string name, string part)
    {
        var email = name + "@example.org";
        await server.CreateAccountAsync(new AccountSpec(email, Password) { OpsLimit = 1, MemLimit = 8L * 1024 * 1024 });
        var home = Path.Combine(work, "home-" + name);
        await ImportBenchmark.CliAsync(home, ["account", "add", "--endpoint", server.BaseUrl, "--email", email, "--password-stdin"], Password);
        var (code, peak, elapsed, output, cpu) = await PeakMemory.RunWithOutputAsync(home, "takeout", "import", part, "--json");
        if (code != 0)
        {
            throw new InvalidOperationException($"import of the {name} set failed ({code}): {output}");
        }

        return (elapsed.TotalSeconds, peak, cpu.TotalSeconds);
    }

    private static double UnzipSeconds(string part)
    {
        var info = new ProcessStartInfo("sh") { RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("unzip -p \"$0\" > /dev/null");
        info.ArgumentList.Add(part);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        process.WaitForExit();
        return clock.Elapsed.TotalSeconds;
    }
}
