using LiteDB;

namespace EnteTui.Core.Export;

/// <summary>
/// One (file, collection) the exporter wrote: the media names (two for a live photo) and their
/// sizes, the title they were derived from (so names never flip), the content identity and a
/// fingerprint of the sidecar bytes.
/// </summary>
public sealed class ExportedItem
{
    [BsonId]
    public string Id { get; set; } = "";

    public long CollectionId { get; set; }

    public long FileId { get; set; }

    public List<string> Names { get; set; } = [];

    public List<long> Sizes { get; set; } = [];

    public string TitleSource { get; set; } = "";

    public string? Hash { get; set; }

    public long EncryptedSize { get; set; }

    public string SidecarFingerprint { get; set; } = "";

    /// <summary>The exporter wrote `&lt;name&gt;.xmp` beside each name (so only then does it rename or remove them).</summary>
    public bool Xmp { get; set; }
}
