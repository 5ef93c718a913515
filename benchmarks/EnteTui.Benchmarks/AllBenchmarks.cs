using System.Globalization;
using System.Text;

namespace EnteTui.Benchmarks;

/// <summary>
/// `all`: runs every benchmark subcommand <c>--runs</c> times (default 3) in child processes,
/// reduces each printed figure to its median over the runs (ratios such as a speedup are computed
/// by the benchmark within one run, then their median taken), and writes one table with the
/// machine, date, load averages and command to docs/benchmarks.md.
/// </summary>
internal static class AllBenchmarks
{
    /// <summary>In the order they run; a name Program.cs does not (yet) dispatch is reported as not available.</summary>
    public static readonly string[] Subcommands = ["export", "import", "takeout-scan", "tui-albums", "tui-wizard"];

    public static async Task<int> RunAsync(string[] args)
    {
        var quick = args.Contains("--quick");
        var runs = args.SkipWhile(a => a != "--runs").Skip(1).Select(v => int.Parse(v, CultureInfo.InvariantCulture)).FirstOrDefault(3);
        var output = args.SkipWhile(a => a != "--out").Skip(1).FirstOrDefault() ?? Path.Combine(RepositoryRoot(), "docs", "benchmarks.md");
        var command = "dotnet run -c Release --project benchmarks/EnteTui.Benchmarks -- all" + (args.Length > 0 ? " " + string.Join(' ', args) : "");
        var started = DateTimeOffset.UtcNow;
        var loadBefore = MachineInfo.LoadAverage();
        Console.WriteLine($"{command}\n{MachineInfo.Describe()}, load {loadBefore}");

        var results = new List<(string Name, IReadOnlyList<SubcommandRun> Runs)>();
        foreach (var name in Subcommands)
        {
            var done = new List<SubcommandRun>();
            for (var run = 0; run < runs; run++)
            {
                var result = await SubcommandRun.StartAsync(name, quick ? ["--quick"] : []);
                done.Add(result);
                if (!result.Available || !result.Succeeded)
                {
                    break;
                }
            }

            results.Add((name, done));
        }

        var markdown = BenchmarkTable.Render(results, new BenchmarkTable.Context(command, started, MachineInfo.Describe(), loadBefore, MachineInfo.LoadAverage(), runs));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.WriteAllTextAsync(output, markdown, new UTF8Encoding(false));
        Console.WriteLine($"wrote {output}");
        return results.All(r => r.Runs.All(x => !x.Available || x.Succeeded)) ? 0 : 1;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EnteTui.sln")))
            {
                return dir.FullName;
            }
        }

        return Environment.CurrentDirectory;
    }
}
