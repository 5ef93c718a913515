using EnteTui.Cli.Hosting;

namespace EnteTui.Benchmarks;

/// <summary>A redirected console with scripted input and captured output.</summary>
internal sealed class BenchConsole(params string[] input) : ICliConsole
{
    private readonly StringReader reader = new(string.Join('\n', input));

    public TextReader In => reader;

    public StringWriter OutWriter { get; } = new();

    public TextWriter Out => OutWriter;

    public TextWriter Error { get; } = new StringWriter();

    public bool IsInputRedirected => true;

    public bool IsOutputRedirected => true;

    public string? ReadSecret(string prompt) => reader.ReadLine();

    public string? ReadLine(string prompt) => reader.ReadLine();
}
