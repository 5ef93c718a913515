namespace EnteTui.Core.Export;

/// <summary>
/// Names of the exporter's temporary files (`.&lt;fileID&gt;.&lt;random&gt;.ente-partial` beside the
/// target) and their cleanup: whatever a crash left behind is deleted on the next start.
/// </summary>
public static class LeftoverFiles
{
    public const string PartialSuffix = ".ente-partial";

    public static string NewTempName(long fileId) => $".{fileId}.{Guid.NewGuid():N}{PartialSuffix}";

    public static bool IsTemporary(string name) => name.StartsWith('.') && name.EndsWith(PartialSuffix, StringComparison.Ordinal);

    /// <summary>Deletes temporary files in every album folder and its metadata folder; returns how many.</summary>
    public static int Clean(string root, string metaDir)
    {
        var removed = 0;
        if (!Directory.Exists(root))
        {
            return 0;
        }

        foreach (var folder in Directory.EnumerateDirectories(root))
        {
            foreach (var dir in new[] { folder, Path.Combine(folder, metaDir), Path.Combine(folder, ".meta"), Path.Combine(folder, "metadata") }.Distinct())
            {
                if (!Directory.Exists(dir))
                {
                    continue;
                }

                foreach (var file in Directory.EnumerateFiles(dir, "*" + PartialSuffix))
                {
                    if (IsTemporary(Path.GetFileName(file)))
                    {
                        File.Delete(file);
                        removed++;
                    }
                }
            }
        }

        return removed;
    }
}
