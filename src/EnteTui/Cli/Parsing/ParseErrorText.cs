using System.Text.RegularExpressions;

namespace EnteTui.Cli.Parsing;

/// <summary>Rewrites System.CommandLine's parse errors as short sentences a user reads at a glance.</summary>
public static partial class ParseErrorText
{
    public static string Rewrite(string message)
    {
        var firstLine = message.Split('\n')[0].Trim();
        if (CannotParse().Match(firstLine) is { Success: true } parse)
        {
            return $"{parse.Groups["option"].Value}: '{parse.Groups["value"].Value}' is not {Expected(parse.Groups["type"].Value)}";
        }

        if (Unrecognized().Match(firstLine) is { Success: true } unrecognized)
        {
            var token = unrecognized.Groups["token"].Value;
            return token.StartsWith('-') ? $"unknown option '{token}'" : $"unexpected argument '{token}'";
        }

        if (MissingOptionValue().Match(firstLine) is { Success: true } missing)
        {
            return $"{missing.Groups["option"].Value} needs a value";
        }

        if (MissingArgument().Match(firstLine) is { Success: true } argument)
        {
            return $"missing {argument.Groups["argument"].Value}";
        }

        return firstLine.TrimEnd('.');
    }

    private static string Expected(string type) => type switch
    {
        "System.Int32" or "System.Int64" => "a whole number",
        "System.Double" or "System.Decimal" => "a number",
        "System.Boolean" => "true or false",
        _ => "a valid value",
    };

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for (option|command) '(?<option>[^']*)' as expected type '(?<type>[^']*)'")]
    private static partial Regex CannotParse();

    [GeneratedRegex(@"^Unrecognized command or argument '(?<token>.*)'")]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"^Required argument missing for option: '(?<option>[^']*)'")]
    private static partial Regex MissingOptionValue();

    [GeneratedRegex(@"^Required argument '(?<argument>[^']*)' missing")]
    private static partial Regex MissingArgument();
}
