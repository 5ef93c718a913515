using System.CommandLine;

namespace EnteTui.Cli;

/// <summary>Builds the command tree and runs it.</summary>
public static class CommandLineApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("EnteTui: export Ente Photos albums and import Google Takeout into Ente.");
        return await root.Parse(args).InvokeAsync();
    }
}
