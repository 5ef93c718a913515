namespace EnteTui.Core.Takeout.Archives;

/// <summary>
/// Turns the paths given on the command line into parts: format by content, the same file (or
/// identical content) given twice marked duplicate, unreadable paths marked invalid, and gaps in
/// numbered series reported. Numbers are 1-based positions in the order given.
/// </summary>
public static class PartResolver
{
    public static (IReadOnlyList<TakeoutPart> Parts, IReadOnlyList<TakeoutProblem> Problems) Resolve(IReadOnlyList<string> paths)
    {
        var parts = new List<TakeoutPart>();
        var problems = new List<TakeoutProblem>();
        var byCanonical = new Dictionary<string, int>(StringComparer.Ordinal);
        var fingerprints = new Dictionary<int, string>();
        for (var i = 0; i < paths.Count; i++)
        {
            var number = i + 1;
            var part = Describe(number, paths[i], out var problem);
            if (problem is not null)
            {
                problems.Add(new TakeoutProblem(number, null, problem));
            }
            else if (byCanonical.TryGetValue(Canonical(part.FullPath), out var first))
            {
                part = part with { Kind = PartKind.Duplicate };
                problems.Add(new TakeoutProblem(number, null, $"same part as part {first} given twice: ignored"));
            }
            else if (part.Kind != PartKind.Folder && SameContent(part, parts, fingerprints) is { } twin)
            {
                part = part with { Kind = PartKind.Duplicate };
                problems.Add(new TakeoutProblem(number, null, $"identical to part {twin} (same archive under another name): ignored"));
            }
            else
            {
                byCanonical[Canonical(part.FullPath)] = number;
            }

            parts.Add(part);
        }

        problems.AddRange(PartSeries.FindGaps(parts));
        return (parts, problems);
    }

    private static TakeoutPart Describe(int number, string path, out string? problem)
    {
        problem = null;
        var fullPath = Path.GetFullPath(path);
        try
        {
            if (Directory.Exists(fullPath))
            {
                return new TakeoutPart(number, path, Path.TrimEndingDirectorySeparator(fullPath), PartKind.Folder, 0, Directory.GetLastWriteTimeUtc(fullPath));
            }

            if (!File.Exists(fullPath))
            {
                problem = "no such file or folder: ignored";
                return new TakeoutPart(number, path, fullPath, PartKind.Invalid, 0, default);
            }

            var info = new FileInfo(fullPath);
            var kind = ArchiveSniffer.Detect(fullPath);
            if (kind == PartKind.Invalid)
            {
                problem = info.Length == 0 ? "empty file, not an archive: ignored" : "not a zip, tgz or tar archive: ignored";
            }

            return new TakeoutPart(number, path, fullPath, kind, info.Length, info.LastWriteTimeUtc);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = $"cannot read: {ex.Message}";
            return new TakeoutPart(number, path, fullPath, PartKind.Invalid, 0, default);
        }
    }

    private static int? SameContent(TakeoutPart part, List<TakeoutPart> earlier, Dictionary<int, string> fingerprints)
    {
        var sameSize = earlier.Where(e => e.IsReadable && e.Kind != PartKind.Folder && e.Size == part.Size).ToList();
        if (!part.IsReadable || sameSize.Count == 0)
        {
            return null;
        }

        var mine = PartFingerprint.Compute(part.FullPath);
        foreach (var other in sameSize)
        {
            if (!fingerprints.TryGetValue(other.Number, out var theirs))
            {
                fingerprints[other.Number] = theirs = PartFingerprint.Compute(other.FullPath);
            }

            if (theirs == mine)
            {
                return other.Number;
            }
        }

        return null;
    }

    private static string Canonical(string fullPath)
    {
        try
        {
            var target = File.Exists(fullPath) ? File.ResolveLinkTarget(fullPath, returnFinalTarget: true)
                : Directory.ResolveLinkTarget(fullPath, returnFinalTarget: true);
            return Path.TrimEndingDirectorySeparator(target?.FullName ?? fullPath);
        }
        catch (IOException)
        {
            return fullPath;
        }
    }
}
