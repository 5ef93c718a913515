using System.IO.Compression;

namespace EnteTui.Core.Export;

/// <summary>
/// Splits a decrypted live-photo ZIP into its image and video parts. Entries are chosen by their
/// `image` / `video` name prefix; only the extension is taken from an entry name (letters and
/// digits, at most 10), so a crafted entry name can never choose where a file is written.
/// </summary>
public static class LivePhotoParts
{
    /// <summary>Extracts both parts into temporary files in <paramref name="dir"/>; returns (temp path, extension) per part.</summary>
    public static IReadOnlyList<(string Temp, string Extension)> Extract(string zipPath, string dir, long fileId)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        if (zip.Entries.Any(e => Escapes(e.FullName)))
        {
            throw new InvalidDataException("The live photo's zip has an entry name that points outside its folder (absolute or with `..`); refused.");
        }

        var result = new List<(string, string)>();
        foreach (var prefix in new[] { "image", "video" })
        {
            var entry = zip.Entries.FirstOrDefault(e => LastSegment(e.FullName).StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                ?? throw new InvalidDataException($"The live photo has no {prefix} part.");
            var temp = Path.Combine(dir, LeftoverFiles.NewTempName(fileId));
            result.Add((temp, SafeExtension(LastSegment(entry.FullName))));
            using var input = entry.Open();
            using var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20);
            input.CopyTo(output);
            output.Flush(flushToDisk: true);
        }

        return result;
    }

    public static string SafeExtension(string entryName)
    {
        var extension = Path.GetExtension(entryName);
        return extension.Length is > 1 and <= 11 && extension.Skip(1).All(char.IsAsciiLetterOrDigit) ? extension : "";
    }

    /// <summary>An absolute name (`/x`, `\\x`, `C:x`) or one with a `..` segment: a hostile archive.</summary>
    public static bool Escapes(string name) =>
        name.StartsWith('/') || name.StartsWith('\\') || (name.Length > 1 && name[1] == ':') || name.Split('/', '\\').Contains("..");

    private static string LastSegment(string name) => name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
}
