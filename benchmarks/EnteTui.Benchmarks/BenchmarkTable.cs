using System.Globalization;
using System.Text;

namespace EnteTui.Benchmarks;

/// <summary>docs/benchmarks.md: how and where the figures were measured, then one table of medians.</summary>
internal static class BenchmarkTable
{
    public sealed record Context(string Command, DateTimeOffset Started, string Machine, string LoadBefore, string LoadAfter, int Runs);

    public static string Render(IEnumerable<(string Name, IReadOnlyList<SubcommandRun> Runs)> results, Context context)
    {
        var text = new StringBuilder();
        text.AppendLine("# Benchmarks").AppendLine();
        text.AppendLine("Written by the benchmark harness; run it again to refresh (on an otherwise idle machine).").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- Command: `{context.Command}`");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Date: {context.Started:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {context.Machine}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Load average (1/5/15 min): {context.LoadBefore} before, {context.LoadAfter} after");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Each benchmark ran {context.Runs} time(s) in its own process; every number is the median over the runs, and ratios are computed within a run before the median is taken.");
        text.AppendLine();
        text.AppendLine("| Benchmark | Measurement (medians) | Runs |");
        text.AppendLine("|---|---|---|");
        foreach (var (name, runs) in results)
        {
            foreach (var (measurement, count) in Rows(runs))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {measurement.Replace("|", "\\|", StringComparison.Ordinal)} | {count} |");
            }
        }

        return text.ToString();
    }

    private static IEnumerable<(string Measurement, int Runs)> Rows(IReadOnlyList<SubcommandRun> runs)
    {
        var last = runs[^1];
        if (!last.Available)
        {
            yield return ("not available (no such subcommand in this build)", 0);
            yield break;
        }

        var succeeded = runs.Where(r => r.Succeeded).ToList();
        if (succeeded.Count < runs.Count)
        {
            var reason = last.Errors.Split('\n').FirstOrDefault(l => l.Trim().Length > 0) ?? "";
            yield return (string.Create(CultureInfo.InvariantCulture, $"failed (exit {last.ExitCode}) {reason.Trim()}"), runs.Count);
        }

        // A line is the same figure in every run when its text without numbers and its position among such lines match.
        var grouped = succeeded
            .SelectMany(run => run.Figures.GroupBy(f => f.Template).SelectMany(g => g.Select((figure, nth) => (Key: (g.Key, nth), figure))))
            .GroupBy(x => x.Key, x => x.figure);
        foreach (var group in grouped)
        {
            var figures = group.Where(f => f.Values.Count == group.First().Values.Count).ToList();
            yield return (Figure.Median(figures), figures.Count);
        }
    }
}
