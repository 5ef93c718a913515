namespace EnteTui.Core.Import.Upload;

/// <summary>Ente's duplicate rule (spec §5.3): same name (`editedName ?? title`), file type and non-empty hash.</summary>
public readonly record struct DedupeKey(string Title, int FileType, string Hash)
{
    public bool IsUsable => !string.IsNullOrEmpty(Hash);

    /// <summary>A stable string for the state store.</summary>
    public string Id => $"{FileType}|{Hash}|{Title}";
}
