namespace EnteTui.Cli;

/// <summary>The tool's name and the path of a parsed command, as the user types them.</summary>
public static class CommandLineNames
{
    public const string Tool = "ente-tui";

    public static string PathOf(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, result.Parent is null ? Tool : result.Command.Name);
        }

        return string.Join(' ', names);
    }
}
