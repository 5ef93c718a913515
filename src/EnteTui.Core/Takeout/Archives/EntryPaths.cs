namespace EnteTui.Core.Takeout.Archives;

/// <summary>
/// Normalises an entry name (<c>\</c> to <c>/</c>, leading <c>./</c> dropped) and rejects names
/// that escape the root (<c>..</c>, absolute paths, drive letters) or that are not valid names.
/// </summary>
public static class EntryPaths
{
    public const int MaximumLength = 4096;

    /// <summary>The normalised path, or null with the reason in <paramref name="problem"/>.</summary>
    public static string? Normalize(string raw, out string? problem)
    {
        problem = null;
        var path = raw.Replace('\\', '/');
        while (path.StartsWith("./", StringComparison.Ordinal))
        {
            path = path[2..];
        }

        if (path.StartsWith('/') || (path.Length >= 2 && path[1] == ':' && char.IsAsciiLetter(path[0])))
        {
            problem = "absolute path: entry ignored";
            return null;
        }

        if (path.Length == 0 || path.Length > MaximumLength)
        {
            problem = "invalid name: empty or too long; entry ignored";
            return null;
        }

        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                problem = "path escapes the archive root ('..'): entry ignored";
                return null;
            }

            if (segment.Length == 0 || segment == ".")
            {
                problem = "invalid name: empty or '.' path segment; entry ignored";
                return null;
            }
        }

        foreach (var c in path)
        {
            if (char.IsControl(c) || c == '\uFFFD' || (char.IsSurrogate(c) && !HasValidSurrogates(path)))
            {
                problem = "invalid name: control or undecodable characters; entry ignored";
                return null;
            }
        }

        return path;
    }

    /// <summary>The path <c>folder/name</c>, or the name alone when the folder is empty (the root).</summary>
    public static string Join(string folder, string name) => folder.Length == 0 ? name : string.Concat(folder, "/", name);

    /// <summary>True for names that are never Takeout content: AppleDouble <c>._x</c>, <c>__MACOSX/</c>, desktop junk.</summary>
    public static bool IsIgnored(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        return name.StartsWith("._", StringComparison.Ordinal)
            || path.StartsWith("__MACOSX/", StringComparison.Ordinal) || path.Contains("/__MACOSX/", StringComparison.Ordinal)
            || name is ".DS_Store" or "Thumbs.db" or "desktop.ini";
    }

    private static bool HasValidSurrogates(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
