namespace EnteTui.Cli.Account;

/// <summary>
/// Where `account add` gets the password: <c>--password-stdin</c> (one line), else
/// <c>ENTE_PASSWORD</c>, else a masked prompt when stdin is a terminal. Never echoed, logged or stored.
/// </summary>
internal static class PasswordInput
{
    public const string EnvironmentVariable = "ENTE_PASSWORD";

    /// <summary>The password, or null with <paramref name="problem"/> set when none can be had without a terminal.</summary>
    public static string? Obtain(CliHost host, bool fromStdin, out string? problem)
    {
        problem = null;
        if (fromStdin)
        {
            var line = ReadOneLine(host.Console.In);
            if (string.IsNullOrEmpty(line))
            {
                problem = "--password-stdin was given but standard input held no password.";
                return null;
            }

            return line;
        }

        if (host.Environment.GetVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment;
        }

        if (host.Console.IsInputRedirected)
        {
            problem = $"No password: pass --password-stdin (and pipe it in) or set {EnvironmentVariable}; standard input is not a terminal, so there is no prompt.";
            return null;
        }

        return Prompt(host);
    }

    /// <summary>A masked prompt; null when the terminal gives nothing.</summary>
    public static string? Prompt(CliHost host) => host.Console.ReadSecret("Password: ") is { Length: > 0 } typed ? typed : null;

    /// <summary>Reads up to the first '\n' and drops only that '\n' and a '\r' right before it; everything else is kept.</summary>
    internal static string? ReadOneLine(TextReader reader)
    {
        var text = new StringBuilder();
        int c;
        while ((c = reader.Read()) != -1 && c != '\n')
        {
            text.Append((char)c);
        }

        if (c == -1 && text.Length == 0)
        {
            return null;
        }

        if (c == '\n' && text.Length > 0 && text[^1] == '\r')
        {
            text.Length--;
        }

        return text.ToString();
    }
}
