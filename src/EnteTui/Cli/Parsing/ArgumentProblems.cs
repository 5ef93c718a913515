using System.CommandLine.Parsing;

namespace EnteTui.Cli.Parsing;

/// <summary>
/// The first thing wrong with a command line, as one short sentence, or null. Besides the parser's
/// own errors it finds unknown options that an option taking several values swallowed
/// (`--albums Family --frobnicate 4M`); a value that starts with `-` is given as `--albums=-name`.
/// </summary>
public static class ArgumentProblems
{
    public static string? Find(ParseResult parse, IReadOnlyList<string> args)
    {
        if (parse.Action is { ClearsParseErrors: true })
        {
            return null;
        }

        return UnknownOption(parse, args) ?? (parse.Errors.Count > 0 ? ParseErrorText.Rewrite(parse.Errors[0].Message) : null);
    }

    private static string? UnknownOption(ParseResult parse, IReadOnlyList<string> args)
    {
        var known = KnownNames(parse.CommandResult);
        foreach (var arg in args.TakeWhile(a => a != "--"))
        {
            if (arg.Length < 2 || arg[0] != '-' || double.TryParse(arg, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                continue;
            }

            var name = arg.Split('=', ':')[0];
            if (!known.Contains(name))
            {
                return $"unknown option '{name}'";
            }
        }

        return null;
    }

    private static HashSet<string> KnownNames(CommandResult command)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (SymbolResult? result = command; result is not null; result = result.Parent)
        {
            if (result is CommandResult { Command: var c })
            {
                foreach (var option in c.Options)
                {
                    names.Add(option.Name);
                    names.UnionWith(option.Aliases);
                }
            }
        }

        return names;
    }
}
