namespace EnteTui.Core.Import.Planning;

/// <summary>What to do with items Google marks `archived`.</summary>
public enum ArchivedMode
{
    /// <summary>Upload them like any other item (the default).</summary>
    Upload,

    /// <summary>Upload them and archive them in Ente (private magic metadata visibility 1).</summary>
    Archive,

    /// <summary>Leave them out.</summary>
    Skip,
}
