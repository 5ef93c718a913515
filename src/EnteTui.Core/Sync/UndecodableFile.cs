using LiteDB;

namespace EnteTui.Core.Sync;

/// <summary>
/// A (file, collection) row the server sent that could not be decrypted or parsed (wrong-length key,
/// undecryptable metadata). Kept until the server sends a good version or removes it, so every export
/// run reports it as a failure instead of silently leaving the file out.
/// </summary>
public sealed class UndecodableFile
{
    [BsonId]
    public string Id { get; set; } = "";

    public long FileId { get; set; }

    public long CollectionId { get; set; }

    public string Reason { get; set; } = "";
}
