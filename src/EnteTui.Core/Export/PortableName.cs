namespace EnteTui.Core.Export;

/// <summary>
/// Turns album and file names into names valid on Linux, macOS and Windows: NFC, no reserved or
/// control characters, no reserved Windows device names, no leading dot (nothing hidden, no clash
/// with <c>.meta</c>), no trailing dot or space, and at most <see cref="MaxBytes"/> UTF-8 bytes so a
/// collision suffix and the sidecar's <c>.json</c> still fit in 255 bytes.
/// </summary>
public static class PortableName
{
    public const int MaxBytes = 240;

    private const string Reserved = "<>:\"/\\|?*";

    private static readonly HashSet<string> DeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³",
    };

    /// <summary>A file name from a title: only its last path segment is kept (`../../x.jpg` → `x.jpg`).</summary>
    public static string ForFile(string? title)
    {
        var name = Nfc(title);
        var cut = name.LastIndexOfAny(['/', '\\']);
        if (cut >= 0 && cut < name.Length - 1)
        {
            name = name[(cut + 1)..];
        }

        return Clean(name, "file");
    }

    /// <summary>A folder name from an album name: path separators become `_`.</summary>
    public static string ForFolder(string? albumName) =>
        Clean(Nfc(albumName), "Untitled");

    /// <summary>The case-insensitive comparison key used for collisions.</summary>
    public static string Key(string name) => Nfc(name).ToUpperInvariant();

    /// <summary>Splits a name into base and extension (the extension keeps its dot; none for dot-less names).</summary>
    public static (string Base, string Extension) Split(string name)
    {
        var dot = name.LastIndexOf('.');
        return dot <= 0 ? (name, "") : (name[..dot], name[dot..]);
    }

    /// <summary>
    /// NFC of a title that may hold lone surrogates (a JSON `\ud800` escape decrypts to one) or
    /// U+FFFE/U+FFFF, on which <see cref="string.Normalize()"/> throws: both become U+FFFD first.
    /// </summary>
    private static string Nfc(string? text)
    {
        var builder = new StringBuilder((text ?? "").Length);
        foreach (var rune in (text ?? "").EnumerateRunes())
        {
            builder.Append(IsNonCharacter(rune) ? Rune.ReplacementChar.ToString() : rune.ToString());
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsNonCharacter(Rune rune) =>
        (rune.Value & 0xFFFE) == 0xFFFE || (rune.Value >= 0xFDD0 && rune.Value <= 0xFDEF);

    private static string Clean(string name, string fallback)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            var control = rune.Value < 0x20 || (rune.Value >= 0x7F && rune.Value < 0xA0);
            builder.Append(control || (rune.IsAscii && Reserved.Contains((char)rune.Value)) ? "_" : rune.ToString());
        }

        var cleaned = TrimEnd(builder.ToString().TrimStart());
        if (cleaned.StartsWith('.'))
        {
            cleaned = "_" + cleaned.TrimStart('.');
        }

        if (cleaned.Length == 0 || cleaned == "_")
        {
            cleaned = cleaned.Length == 0 ? fallback : cleaned;
        }

        var (stem, extension) = Split(cleaned);
        var fitted = Fit(stem, extension, MaxBytes);

        // Checked after fitting: truncation can leave "COM1" from "COM1\u3000\u3000…x.jpg".
        if (DevicePart(fitted) is not { } device)
        {
            return fitted;
        }

        // Right after the device name itself: the shorter fit may trim the spaces that followed it
        // ("COM1 . . .x" cut inside the dots becomes "COM1.x").
        var refit = Fit(stem, extension, MaxBytes - 1);
        var at = device.TrimEnd(' ').Length;
        return refit[..at] + "_" + refit[at..];
    }

    /// <summary>The part before the first dot when Windows would read it as a device name (trailing spaces ignored), else null.</summary>
    private static string? DevicePart(string name)
    {
        var device = name.Contains('.') ? name[..name.IndexOf('.')] : name;
        return DeviceNames.Contains(device.TrimEnd(' ')) ? device : null;
    }

    /// <summary>Truncates the stem (never the extension, never inside a character) to fit <paramref name="maxBytes"/>.</summary>
    public static string Fit(string stem, string extension, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(extension) > maxBytes / 2)
        {
            // Not a real extension: the whole name is cut instead, so a second pass leaves it as it is.
            (stem, extension) = (stem + extension, "");
        }

        var budget = maxBytes - Encoding.UTF8.GetByteCount(extension);
        if (Encoding.UTF8.GetByteCount(stem) <= budget)
        {
            // Without its extension the stem is the end of the name, so Windows' no-trailing-dot/space rule applies to it.
            var whole = extension.Length == 0 ? TrimEnd(stem) : stem;
            return (whole.Length == 0 ? "_" : whole) + extension;
        }

        var builder = new StringBuilder();
        var used = 0;
        foreach (var rune in stem.EnumerateRunes())
        {
            if (used + rune.Utf8SequenceLength > budget)
            {
                break;
            }

            builder.Append(rune.ToString());
            used += rune.Utf8SequenceLength;
        }

        var fitted = TrimEnd(builder.ToString());
        return (fitted.Length == 0 ? "_" : fitted) + extension;
    }

    /// <summary>Drops trailing dots and white space (Windows strips the first; Unicode spaces would otherwise be trimmed on a second pass).</summary>
    private static string TrimEnd(string name)
    {
        var end = name.Length;
        while (end > 0 && (name[end - 1] == '.' || char.IsWhiteSpace(name[end - 1])))
        {
            end--;
        }

        return name[..end];
    }
}
