using LiteDB;

namespace EnteTui.Core.Sync;

/// <summary>
/// A synced album. The collection key stays wire-encrypted (secretbox under the master key when
/// owned, sealed box when shared) and is unwrapped at run time; the name is stored decrypted.
/// </summary>
public sealed class LibraryCollection
{
    [BsonId]
    public long Id { get; set; }

    public long OwnerId { get; set; }

    public bool IsShared { get; set; }

    public string EncryptedKey { get; set; } = "";

    public string? KeyDecryptionNonce { get; set; }

    public string Name { get; set; } = "";

    public string Type { get; set; } = "album";

    /// <summary>Owner private magic metadata `subType` (1 = the default hidden album).</summary>
    public int SubType { get; set; }

    /// <summary>Owner private magic metadata `visibility` (0 visible, 1 archived, 2 hidden).</summary>
    public int Visibility { get; set; }

    /// <summary>The sharee's own `sharedMagicMetadata.visibility`, for shared albums.</summary>
    public int ShareeVisibility { get; set; }

    public bool IsDeleted { get; set; }

    public long UpdationTime { get; set; }

    /// <summary>The file-diff cursor: every row up to this time is in the library.</summary>
    public long FileCursor { get; set; }

    [BsonIgnore]
    public bool IsHidden => Visibility == 2 || SubType == 1;

    [BsonIgnore]
    public bool IsArchived => Visibility == 1 || ShareeVisibility == 1;
}
