using EnteTui.Cli.Hosting;

namespace EnteTui.Tests.Support;

/// <summary>A console with scripted input and captured output, for in-process command runs.</summary>
public sealed class TestConsole : ICliConsole
{
    private readonly Queue<string> lines;

    public TestConsole(IEnumerable<string>? input = null, bool interactive = false)
    {
        lines = new Queue<string>(input ?? []);
        IsInputRedirected = !interactive;
        IsOutputRedirected = !interactive;
        In = new StringReader(string.Join('\n', lines));
    }

    public TextReader In { get; }

    public StringWriter OutWriter { get; } = new();

    public StringWriter ErrorWriter { get; } = new();

    public TextWriter Out => OutWriter;

    public TextWriter Error => ErrorWriter;

    public bool IsInputRedirected { get; }

    public bool IsOutputRedirected { get; }

    public List<string> Prompts { get; } = [];

    public string? ReadLine(string prompt)
    {
        Prompts.Add(prompt);
        return In.ReadLine();
    }

    public string? ReadSecret(string prompt) => ReadLine(prompt);
}
