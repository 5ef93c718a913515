using System.Text;

namespace EnteTui.Core.Tests.Export.Properties;

/// <summary>
/// The rules a single path component must meet to be created unchanged on Linux (ext4), macOS
/// (APFS) and Windows (NTFS/Win32), written independently of the code under test.
/// </summary>
internal static class PortablePath
{
    private const string WindowsReserved = "<>:\"/\\|?*";

    private static readonly HashSet<string> WindowsDeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³",
    };

    /// <summary>Why <paramref name="name"/> is not portable, or null when it is.</summary>
    public static string? Violation(string name)
    {
        if (name.Length == 0 || name is "." or "..")
        {
            return "empty or a dot name";
        }

        if (HasLoneSurrogate(name))
        {
            return "ill-formed UTF-16 (cannot be encoded as UTF-8)";
        }

        if (!name.IsNormalized(NormalizationForm.FormC))
        {
            return "not NFC";
        }

        if (Encoding.UTF8.GetByteCount(name) > 255)
        {
            return "longer than 255 UTF-8 bytes";
        }

        if (name.Any(c => c < 0x20 || WindowsReserved.Contains(c)))
        {
            return "reserved or control character";
        }

        if (name.EndsWith('.') || name.EndsWith(' '))
        {
            return "trailing dot or space";
        }

        if (name.StartsWith('.'))
        {
            return "hidden (leading dot)";
        }

        var device = name.Split('.')[0].TrimEnd(' ');
        return WindowsDeviceNames.Contains(device) ? "Windows device name" : null;
    }

    /// <summary>The key two names collide under on a case-insensitive, normalization-insensitive file system.</summary>
    public static string CollisionKey(string name) => name.Normalize(NormalizationForm.FormC).ToUpperInvariant();

    private static bool HasLoneSurrogate(string name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsHighSurrogate(name[i]) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(name[i]))
            {
                return true;
            }
        }

        return false;
    }
}
