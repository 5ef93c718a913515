namespace EnteTui.Core.Import.Planning;

/// <summary>
/// Copies that are probably the same photo (same name and size in the year folder and album
/// folders). A worker hashes them together so each distinct content is uploaded once and added
/// to every album any of its copies is in.
/// </summary>
public sealed record ImportGroup(IReadOnlyList<ImportCopy> Copies)
{
    public string Key { get; } = string.Join('\n', Copies.Select(c => c.Key).Order(StringComparer.Ordinal));

    public long Size => Copies.Sum(c => c.Size);

    public string DisplayName => Copies[0].Media.FileName;
}
