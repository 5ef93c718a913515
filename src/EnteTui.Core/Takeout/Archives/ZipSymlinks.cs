using SharpCompress.Common;

namespace EnteTui.Core.Takeout.Archives;

/// <summary>
/// A zip entry made on Unix keeps its mode in the high 16 bits of the external attributes;
/// <c>S_IFLNK</c> (0xA000) there marks a symbolic link whose content is the target path.
/// </summary>
internal static class ZipSymlinks
{
    private const int FileTypeMask = 0xF000;
    private const int SymbolicLink = 0xA000;

    public static bool IsSymlink(IEntry entry) => entry.Attrib is { } attributes && ((attributes >> 16) & FileTypeMask) == SymbolicLink;
}
