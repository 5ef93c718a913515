namespace EnteTui.Tui.Screens.TakeoutWizard;

/// <summary>
/// Expands what the user typed into Takeout parts: a file, an extracted Takeout folder, or a glob
/// in the file name (<c>~/Downloads/takeout-2024*.zip</c>). Parts are sorted by name.
/// </summary>
public static class PartPatterns
{
    private static readonly string[] ArchiveEndings = [".zip", ".tgz", ".tar.gz", ".tar"];

    public static (IReadOnlyList<string> Parts, string? Error) Expand(string typed, string home)
    {
        var text = typed.Trim().Trim('"', '\'');
        if (text.Length == 0)
        {
            return ([], "Type a path, or a pattern such as ~/Downloads/takeout-*.zip");
        }

        if (text == "~" || text.StartsWith("~/", StringComparison.Ordinal))
        {
            text = Path.Combine(home, text.TrimStart('~').TrimStart('/'));
        }

        var full = Path.GetFullPath(text);
        if (Directory.Exists(full) || File.Exists(full))
        {
            return ([full], null);
        }

        var dir = Path.GetDirectoryName(full);
        var pattern = Path.GetFileName(full);
        if (dir is null || !Directory.Exists(dir) || pattern.IndexOfAny(['*', '?']) < 0)
        {
            return ([], $"Nothing found at {full}.");
        }

        var parts = Directory.EnumerateFileSystemEntries(dir, pattern)
            .Where(p => Directory.Exists(p) || IsArchive(p))
            .Order(StringComparer.Ordinal)
            .ToList();
        return parts.Count > 0 ? (parts, null) : ([], $"No .zip or .tgz parts match {pattern} in {dir}.");
    }

    public static bool IsArchive(string path) => ArchiveEndings.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));
}
