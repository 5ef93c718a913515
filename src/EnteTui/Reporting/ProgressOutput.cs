namespace EnteTui.Reporting;

/// <summary>
/// Where a command's progress goes and how (export, takeout scan and import): with <c>--json</c> standard
/// output carries the document, so progress goes to standard error; a live line is drawn only on a
/// terminal and without <c>--json</c>, else plain lines.
/// </summary>
public sealed record ProgressOutput(TextWriter Writer, bool Live)
{
    public static ProgressOutput For(ICliConsole console, bool json) =>
        new(json ? console.Error : console.Out, !console.IsOutputRedirected && !json);
}
