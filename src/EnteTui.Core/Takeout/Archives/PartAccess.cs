namespace EnteTui.Core.Takeout.Archives;

/// <summary>How an entry's bytes are reached again after the scan.</summary>
public enum PartAccess
{
    /// <summary>Zip central directory: any entry directly.</summary>
    CentralDirectory,

    /// <summary>Tar, or a zip without a readable central directory: read forward to the entry.</summary>
    Sequential,

    /// <summary>An extracted folder: the file itself.</summary>
    Folder,

    /// <summary>Nothing can be read (invalid or duplicate part).</summary>
    None,
}
