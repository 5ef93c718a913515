namespace EnteTui.Core.Takeout.Archives;

/// <summary>
/// Entry paths for an extracted Takeout folder, made to look like archive paths: relative to the
/// parent of the nearest <c>Takeout</c> folder at or above the given one (so <c>.../Takeout</c> and
/// <c>.../Takeout/Google Photos</c> both give <c>Takeout/Google Photos/...</c>), else to the folder itself.
/// </summary>
public static class FolderLayout
{
    public static string BaseDirectory(string folder)
    {
        var dir = new DirectoryInfo(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        for (var (current, depth) = (dir, 0); current is not null && depth < 3; current = current.Parent, depth++)
        {
            if (current.Name.Equals("Takeout", StringComparison.OrdinalIgnoreCase) && current.Parent is not null)
            {
                return current.Parent.FullName;
            }
        }

        return dir.FullName;
    }

    public static string EntryPath(string baseDirectory, string file) =>
        Path.GetRelativePath(baseDirectory, file).Replace(Path.DirectorySeparatorChar, '/');
}
