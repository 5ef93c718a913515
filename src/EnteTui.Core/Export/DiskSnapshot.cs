namespace EnteTui.Core.Export;

/// <summary>
/// What is on disk under the export root, listed lazily once per folder: the media files of an
/// album folder (name → size) and the sidecar names in its metadata folder.
/// </summary>
public sealed class DiskSnapshot(string root, string metaDir)
{
    private readonly Dictionary<string, Dictionary<string, long>> files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> sidecars = new(StringComparer.Ordinal);

    public string Root => root;

    public string MetaDir => metaDir;

    public bool FolderExists(string folder) => Directory.Exists(Path.Combine(root, folder));

    public IReadOnlyDictionary<string, long> Files(string folder)
    {
        if (!files.TryGetValue(folder, out var listing))
        {
            listing = new Dictionary<string, long>(StringComparer.Ordinal);
            var dir = new DirectoryInfo(Path.Combine(root, folder));
            if (dir.Exists)
            {
                foreach (var file in dir.EnumerateFiles())
                {
                    if (!LeftoverFiles.IsTemporary(file.Name))
                    {
                        listing[file.Name] = file.Length;
                    }
                }
            }

            files[folder] = listing;
        }

        return listing;
    }

    public IReadOnlySet<string> Sidecars(string folder)
    {
        if (!sidecars.TryGetValue(folder, out var listing))
        {
            var dir = Path.Combine(root, folder, metaDir);
            listing = Directory.Exists(dir)
                ? Directory.EnumerateFiles(dir).Select(Path.GetFileName).OfType<string>().ToHashSet(StringComparer.Ordinal)
                : [];
            sidecars[folder] = listing;
        }

        return listing;
    }

    /// <summary>The album ID recorded in a folder's album_meta.json, if it has one.</summary>
    public long? AlbumIdOf(string folder)
    {
        var path = Path.Combine(root, folder, metaDir, AlbumMetaWriter.FileName);
        try
        {
            using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(path));
            return doc.RootElement.TryGetProperty("id", out var id) && id.TryGetInt64(out var value) ? value : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>True for a folder with no files at any depth (e.g. one a crash left right after creating it).</summary>
    public bool HoldsNoFiles(string folder)
    {
        var dir = Path.Combine(root, folder);
        return Directory.Exists(dir) && !Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Any(f => !LeftoverFiles.IsTemporary(Path.GetFileName(f)));
    }

    public IEnumerable<string> TopLevelFolders() =>
        Directory.Exists(root) ? Directory.EnumerateDirectories(root).Select(Path.GetFileName).OfType<string>() : [];
}
