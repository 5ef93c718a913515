using LiteDB;

namespace EnteTui.Core.Sync;

/// <summary>A file in Ente's trash (from `/trash/v2/diff`); never exported.</summary>
public sealed class TrashedFile
{
    [BsonId]
    public long Id { get; set; }

    public long DeleteBy { get; set; }
}
