namespace EnteTui.Benchmarks;

/// <summary>The 1-minute load average from /proc/loadavg (the box is shared: every figure is printed with it).</summary>
internal static class LoadAverage
{
    public static string Now() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
