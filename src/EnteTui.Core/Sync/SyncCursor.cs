using LiteDB;

namespace EnteTui.Core.Sync;

/// <summary>A named µs cursor (`collections`, `trash`).</summary>
public sealed class SyncCursor
{
    [BsonId]
    public string Id { get; set; } = "";

    public long Value { get; set; }
}
