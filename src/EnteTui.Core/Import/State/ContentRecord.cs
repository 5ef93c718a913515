using LiteDB;

namespace EnteTui.Core.Import.State;

/// <summary>
/// The durable record of one uploaded content (dedupe key). Written before `POST /files`, so a rerun
/// after a crash re-posts the same object keys, which the server answers with the existing file.
/// </summary>
public sealed class ContentRecord
{
    /// <summary><see cref="Upload.DedupeKey.Id"/>.</summary>
    [BsonId]
    public string Id { get; set; } = "";

    public ContentStage Stage { get; set; }

    /// <summary>The `POST /files` body as JSON (object keys, headers, wrapped key, metadata).</summary>
    public string CreateRequestJson { get; set; } = "";

    public long FileId { get; set; }

    /// <summary>Collections the file is known to be in.</summary>
    public List<long> Collections { get; set; } = [];

    public DateTime UpdatedAt { get; set; }
}
