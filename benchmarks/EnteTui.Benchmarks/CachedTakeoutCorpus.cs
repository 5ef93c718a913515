using System.Globalization;

namespace EnteTui.Benchmarks;

/// <summary>
/// The scan corpus kept on disk between runs (a 1,000,000-entry Takeout takes minutes to write):
/// under <c>$XDG_CACHE_HOME</c> (or <c>~/.cache</c>)<c>/ente-tui-bench/takeout-sized-ENTRIES-PARTS</c> ("sized": each file its own size; the older corpus of equal payloads was <c>takeout-ENTRIES-PARTS</c>), reused
/// only when a marker written after the last part says the generation finished.
/// </summary>
internal static class CachedTakeoutCorpus
{
    public static (List<string> Parts, int Entries) Get(int entries, int parts)
    {
        var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        var dir = Path.Combine(root, "ente-tui-bench", string.Create(CultureInfo.InvariantCulture, $"takeout-sized-{entries}-{parts}"));
        var marker = Path.Combine(dir, "complete");
        if (File.Exists(marker))
        {
            var lines = File.ReadAllLines(marker);
            return (lines.Skip(1).ToList(), int.Parse(lines[0], CultureInfo.InvariantCulture));
        }

        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }

        List<string> paths;
        int written;
        using (var writer = TakeoutScanCorpus.Write(Path.Combine(dir, "takeout"), entries, parts))
        {
            paths = writer.Paths;
            written = writer.Entries;
        }

        File.WriteAllLines(marker, [written.ToString(CultureInfo.InvariantCulture), .. paths]);
        return (paths, written);
    }
}
