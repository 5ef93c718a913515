using EnteTui.Cli.Hosting;

namespace EnteTui.Tests.Account;

/// <summary>An interactive console (stdin "is a terminal") whose prompts are answered by the test; records prompts and secret reads.</summary>
public sealed class PromptingConsole(Func<string, string?> answer) : ICliConsole
{
    public TextReader In { get; } = new StringReader("");

    public TextWriter Out { get; } = new StringWriter();

    public TextWriter Error { get; } = new StringWriter();

    public bool IsInputRedirected => false;

    public bool IsOutputRedirected => false;

    public List<string> SecretPrompts { get; } = [];

    public List<string> Prompts { get; } = [];

    public string? ReadSecret(string prompt)
    {
        SecretPrompts.Add(prompt);
        return answer(prompt);
    }

    public string? ReadLine(string prompt)
    {
        Prompts.Add(prompt);
        return answer(prompt);
    }
}
