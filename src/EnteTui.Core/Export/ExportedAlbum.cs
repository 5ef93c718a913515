using LiteDB;

namespace EnteTui.Core.Export;

/// <summary>An album folder the exporter created: its remembered folder name and the album name it came from.</summary>
public sealed class ExportedAlbum
{
    [BsonId]
    public long Id { get; set; }

    public string FolderName { get; set; } = "";

    public string SourceName { get; set; } = "";

    public string MetaFingerprint { get; set; } = "";
}
