using System.Security.Cryptography;

namespace EnteTui.Core.Import.Planning;

/// <summary>
/// Copies that are probably the same photo (same name and size in the year folder and album
/// folders). A worker hashes them together so each distinct content is uploaded once and added
/// to every album any of its copies is in.
/// </summary>
public sealed record ImportGroup(IReadOnlyList<ImportCopy> Copies)
{
    /// <summary>LiteDB refuses an index key of 1023 bytes or more; longer keys are stored as their SHA-256.</summary>
    private const int MaxPlainKeyBytes = 900;

    /// <summary>
    /// Stable identity across runs: the copies' keys, or their SHA-256 when many copies make them long.
    /// Built when asked (the import state looks it up once per group): a plan of a million copies does not hold every key.
    /// </summary>
    public string Key => KeyOf(Copies);

    /// <summary>Bytes read and uploaded for the group: one copy.</summary>
    public long Size => Copies.Max(c => c.Size);

    public string DisplayName => Copies[0].Media.FileName;

    /// <summary>The albums the group's copies are in, each once, in the copies' order.</summary>
    public IEnumerable<string> AlbumTitles => AlbumTitlesOf(Copies);

    /// <summary>The albums of these copies, each once, in their order: the one rule for the plan's report and the upload's targets.</summary>
    public static IEnumerable<string> AlbumTitlesOf(IEnumerable<ImportCopy> copies) =>
        copies.Select(c => c.Media.AlbumTitle).OfType<string>().Distinct(StringComparer.Ordinal);

    private static string KeyOf(IReadOnlyList<ImportCopy> copies)
    {
        var joined = string.Join('\n', copies.Select(c => c.Key).Order(StringComparer.Ordinal));
        return Encoding.UTF8.GetByteCount(joined) <= MaxPlainKeyBytes
            ? joined
            : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(joined)));
    }
}
