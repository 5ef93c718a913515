using System.Text.Json.Nodes;

namespace EnteTui.LocalServer.Seeding;

/// <summary>
/// One file ready to upload as Ente's web client would: its plaintext, metadata fields, content
/// hash and JPEG thumbnail (spec §5.1–§5.5).
/// </summary>
public sealed record PreparedMedia
{
    public const int Image = 0;
    public const int Video = 1;
    public const int LivePhoto = 2;

    /// <summary>The original file name with extension (for a live photo, the image's).</summary>
    public required string Title { get; init; }

    /// <summary>0 image, 1 video, 2 live photo.</summary>
    public required int FileType { get; init; }

    /// <summary>Opens the plaintext to encrypt (for a live photo, the zip).</summary>
    public required Func<Stream> OpenContent { get; init; }

    /// <summary>Epoch microseconds.</summary>
    public required long CreationTime { get; init; }

    /// <summary>Epoch microseconds.</summary>
    public required long ModificationTime { get; init; }

    /// <summary>base64 BLAKE2b-512; "imageHash:videoHash" for a live photo.</summary>
    public required string Hash { get; init; }

    /// <summary>The JPEG thumbnail (plaintext).</summary>
    public required byte[] Thumbnail { get; init; }

    /// <summary>True when <see cref="Thumbnail"/> is the black placeholder.</summary>
    public bool HasStaticThumbnail { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    /// <summary>Whole seconds, videos only.</summary>
    public int? Duration { get; init; }

    /// <summary>Public magic metadata written at upload (caption, w, h, ...); version 1.</summary>
    public JsonObject? PublicMagicMetadata { get; init; }

    /// <summary>The metadata JSON the web uploader writes (spec §5.5), keys in its order.</summary>
    public JsonObject MetadataJson()
    {
        var json = new JsonObject
        {
            ["fileType"] = FileType,
            ["title"] = Title,
            ["creationTime"] = CreationTime,
            ["modificationTime"] = ModificationTime,
            ["hash"] = Hash,
        };
        if (Duration is { } duration)
        {
            json["duration"] = duration;
        }

        if (Latitude is { } latitude && Longitude is { } longitude)
        {
            json["latitude"] = latitude;
            json["longitude"] = longitude;
        }

        if (HasStaticThumbnail)
        {
            json["hasStaticThumbnail"] = true;
        }

        return json;
    }
}
