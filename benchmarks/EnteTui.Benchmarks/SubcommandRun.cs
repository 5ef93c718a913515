using System.Diagnostics;

namespace EnteTui.Benchmarks;

/// <summary>
/// One run of a benchmark subcommand in a child process of this same program (so each starts with a
/// clean heap and the subcommand dispatch in Program.cs decides what exists), with its printed figures.
/// </summary>
internal sealed record SubcommandRun(string Name, int ExitCode, IReadOnlyList<string> Lines, string Errors)
{
    /// <summary>Exit code 2 with the usage text is how Program.cs answers a subcommand it does not know.</summary>
    public bool Available => !(ExitCode == 2 && Lines.FirstOrDefault()?.StartsWith("usage:", StringComparison.Ordinal) == true);

    public bool Succeeded => ExitCode == 0;

    public IReadOnlyList<Figure> Figures => Lines.Where(l => l.Trim().Length > 0).Select(Figure.Parse).ToList();

    public static async Task<SubcommandRun> StartAsync(string name, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            info.ArgumentList.Add(typeof(SubcommandRun).Assembly.Location);
        }

        info.ArgumentList.Add(name);
        args.ToList().ForEach(info.ArgumentList.Add);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var lines = (await output).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        foreach (var line in lines.Where(l => l.Length > 0))
        {
            Console.WriteLine($"  {name}: {line}");
        }

        return new SubcommandRun(name, process.ExitCode, lines, await errors);
    }
}
