namespace EnteTui.Core.Import.Planning;

/// <summary>
/// Copies that are probably the same photo (same name and size in the year folder and album
/// folders). A worker hashes them together so each distinct content is uploaded once and added
/// to every album any of its copies is in.
/// </summary>
public sealed record ImportGroup(IReadOnlyList<ImportCopy> Copies)
{
    /// <summary>Built when asked (the import state looks it up once per group): a plan of a million copies does not hold every key.</summary>
    public string Key => string.Join('\n', Copies.Select(c => c.Key).Order(StringComparer.Ordinal));

    /// <summary>Bytes read and uploaded for the group: one copy.</summary>
    public long Size => Copies.Max(c => c.Size);

    public string DisplayName => Copies[0].Media.FileName;
}
