namespace EnteTui.Cli.Hosting;

/// <summary>The terminal as commands see it, so every command also runs in-process in tests.</summary>
public interface ICliConsole
{
    TextReader In { get; }

    TextWriter Out { get; }

    TextWriter Error { get; }

    bool IsInputRedirected { get; }

    bool IsOutputRedirected { get; }

    /// <summary>Reads a line without echoing it (passwords, codes). Null at end of input.</summary>
    string? ReadSecret(string prompt);

    /// <summary>Shows a prompt and reads one line. Null at end of input.</summary>
    string? ReadLine(string prompt);
}
