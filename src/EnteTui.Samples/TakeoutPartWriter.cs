namespace EnteTui.Samples;

/// <summary>
/// Collects the files of a Google Takeout, each in the part chosen for it (so a sidecar can sit in
/// another part than its photo), then writes all parts at once with <see cref="SplitTakeoutWriter"/>.
/// </summary>
public sealed class TakeoutPartWriter
{
    public const string Root = TakeoutPartNames.Root;

    private readonly List<(string RelativePath, byte[] Bytes, int Part)> entries = [];

    /// <summary>Adds a file under <c>Takeout/Google Photos/</c> into 1-based part <paramref name="part"/>.</summary>
    public TakeoutPartWriter Add(string relativePath, byte[] bytes, int part = 1)
    {
        entries.Add((relativePath, bytes, part));
        return this;
    }

    /// <summary>Writes the parts into <paramref name="dir"/>, one per kind ("zip" or "tgz"), and returns their paths in part order.</summary>
    public IReadOnlyList<string> Write(string dir, params string[] kinds)
    {
        using var writer = new SplitTakeoutWriter(dir, kinds);
        foreach (var (relativePath, bytes, part) in entries.Where(e => e.Part >= 1 && e.Part <= kinds.Length))
        {
            writer.Add(part - 1, relativePath, bytes);
        }

        return writer.Paths;
    }
}
