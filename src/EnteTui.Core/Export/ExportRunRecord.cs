using LiteDB;

namespace EnteTui.Core.Export;

/// <summary>The outcome of the last export run to this root (what the TUI shows as "last export").</summary>
public sealed class ExportRunRecord
{
    [BsonId]
    public int Id { get; set; } = 1;

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset FinishedAt { get; set; }

    public string Outcome { get; set; } = "";

    public int Downloaded { get; set; }

    public int Failed { get; set; }

    public List<ExportFailure> Failures { get; set; } = [];
}
