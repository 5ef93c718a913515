using LiteDB;

namespace EnteTui.Core.Sync;

/// <summary>
/// One (file, collection) row of the library. The file key stays wrapped with the collection key;
/// metadata and public magic metadata are stored decrypted, with the effective values derived here.
/// </summary>
public sealed class LibraryFile
{
    public const int Image = 0;
    public const int Video = 1;
    public const int LivePhoto = 2;

    [BsonId]
    public string Id { get; set; } = "";

    public long FileId { get; set; }

    public long CollectionId { get; set; }

    public long OwnerId { get; set; }

    public long UpdationTime { get; set; }

    public string EncryptedKey { get; set; } = "";

    public string KeyDecryptionNonce { get; set; } = "";

    public string FileDecryptionHeader { get; set; } = "";

    /// <summary>Size of the encrypted object (`info.fileSize`), 0 when the server did not say.</summary>
    public long EncryptedSize { get; set; }

    public int FileType { get; set; }

    public string Title { get; set; } = "";

    public string? EditedName { get; set; }

    public string? Caption { get; set; }

    public long CreationTime { get; set; }

    public long EditedTime { get; set; }

    public long ModificationTime { get; set; }

    /// <summary>Public magic metadata `offsetTime` (`±HH:mm`, the capture place's UTC offset), when known.</summary>
    public string? OffsetTime { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public double? EditedLatitude { get; set; }

    public double? EditedLongitude { get; set; }

    public string? Hash { get; set; }

    /// <summary>The owner's private file visibility (0 visible, 1 archived, 2 hidden).</summary>
    public int Visibility { get; set; }

    public static string KeyOf(long collectionId, long fileId) => $"{collectionId}:{fileId}";

    [BsonIgnore]
    public string EffectiveName => string.IsNullOrWhiteSpace(EditedName) ? Title : EditedName!;

    [BsonIgnore]
    public long EffectiveTime => EditedTime != 0 ? EditedTime : CreationTime;

    [BsonIgnore]
    public long EffectiveModificationTime => ModificationTime != 0 ? ModificationTime : CreationTime;

    [BsonIgnore]
    public (double Latitude, double Longitude)? EffectiveLocation =>
        EditedLatitude is { } lat && EditedLongitude is { } lon && (lat != 0 || lon != 0)
            ? (lat, lon)
            : Latitude is { } la && Longitude is { } lo && !double.IsNaN(la) && !double.IsNaN(lo) && (la != 0 || lo != 0)
                ? (la, lo)
                : null;

    [BsonIgnore]
    public bool IsLivePhoto => FileType == LivePhoto;

    /// <summary>The plaintext size implied by the encrypted size (4 MiB chunks + 17 bytes each), or -1.</summary>
    [BsonIgnore]
    public long PlainSize => EncryptedSize <= 0 ? -1 : EncryptedSize - (17 * ((EncryptedSize + 4_194_320) / 4_194_321));
}
