namespace EnteTui.Reporting;

/// <summary>One status line on a terminal, rewritten in place; other lines can be printed above it.</summary>
public sealed class TerminalStatusLine(TextWriter writer, int width = 119)
{
    private int lastLength;

    public void Show(string line)
    {
        if (line.Length > width)
        {
            line = line[..(width - 1)] + "…";
        }

        writer.Write("\r" + line.PadRight(lastLength));
        lastLength = line.Length;
        writer.Flush();
    }

    /// <summary>Prints a line of its own (a failure) where the status line was; the next <see cref="Show"/> draws the status below it.</summary>
    public void Print(string line)
    {
        writer.Write("\r" + new string(' ', lastLength) + "\r");
        writer.WriteLine(line);
        lastLength = 0;
        writer.Flush();
    }

    /// <summary>Leaves the last status on screen and moves to the next line.</summary>
    public void End()
    {
        if (lastLength > 0)
        {
            writer.WriteLine();
            lastLength = 0;
            writer.Flush();
        }
    }
}
