using System.Diagnostics;

namespace EnteTui.Benchmarks;

/// <summary>Runs `dotnet ente-tui.dll ...` and samples its resident memory (VmRSS/VmHWM from /proc).</summary>
internal static class PeakMemory
{
    public static async Task<(int ExitCode, long PeakBytes, TimeSpan Elapsed)> RunAsync(string home, params string[] args)
    {
        var (code, peak, elapsed, _, _) = await RunWithOutputAsync(home, args);
        return (code, peak, elapsed);
    }

    /// <summary>Also returns the output and the CPU time (user + system, last sample before exit).</summary>
    public static async Task<(int ExitCode, long PeakBytes, TimeSpan Elapsed, string Output, TimeSpan Cpu)> RunWithOutputAsync(string home, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ente-tui.dll"));
        args.ToList().ForEach(info.ArgumentList.Add);
        info.Environment["ENTE_TUI_HOME"] = home;
        info.Environment["HOME"] = home;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        long peak = 0;
        var cpu = TimeSpan.Zero;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, Read(process.Id));
            cpu = Cpu(process.Id) ?? cpu;
            await Task.Delay(20);
        }

        await process.WaitForExitAsync();
        var elapsed = clock.Elapsed;
        return (process.ExitCode, peak, elapsed, await output + await error, cpu);
    }

    // /proc/PID/stat fields 14 and 15 (after the parenthesised name): utime and stime in clock ticks (100 per second).
    private static TimeSpan? Cpu(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / 100.0);
        }
        catch (Exception ex) when (ex is IOException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    private static long Read(int pid)
    {
        try
        {
            var peak = 0L;
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal) || line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    peak = Math.Max(peak, long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024);
                }
            }

            return peak;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
