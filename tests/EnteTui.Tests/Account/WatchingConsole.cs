using EnteTui.Cli.Hosting;

namespace EnteTui.Tests.Account;

/// <summary>A non-interactive console that calls back on every line written to stdout (to react to a printed URL).</summary>
public sealed class WatchingConsole(Action<string> onLine, TextReader? input = null) : ICliConsole
{
    private readonly LineWriter output = new(onLine);

    public TextReader In { get; } = input ?? new StringReader("");

    public TextWriter Out => output;

    public TextWriter Error { get; } = new StringWriter();

    public bool IsInputRedirected => true;

    public bool IsOutputRedirected => true;

    public string? ReadSecret(string prompt) => null;

    public string? ReadLine(string prompt) => null;

    private sealed class LineWriter(Action<string> onLine) : StringWriter
    {
        public override void WriteLine(string? value)
        {
            lock (this)
            {
                base.WriteLine(value);
            }

            onLine(value ?? "");
        }

        public override string ToString()
        {
            lock (this)
            {
                return base.ToString();
            }
        }
    }
}
