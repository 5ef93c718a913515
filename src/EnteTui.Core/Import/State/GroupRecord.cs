using LiteDB;

namespace EnteTui.Core.Import.State;

/// <summary>The outcome of one import group (<see cref="Planning.ImportGroup.Key"/>).</summary>
public sealed class GroupRecord
{
    [BsonId]
    public string Id { get; set; } = "";

    public bool Done { get; set; }

    public string? Error { get; set; }

    public int Attempts { get; set; }

    public DateTime UpdatedAt { get; set; }
}
