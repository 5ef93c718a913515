namespace EnteTui.Core.Api.Wire;

/// <summary>Magic metadata envelope: Blob-encrypted JSON with optimistic versioning (spec §3.6).</summary>
public sealed class MagicMetadataEnvelope
{
    public int Version { get; set; }

    public int Count { get; set; }

    public string Data { get; set; } = "";

    public string Header { get; set; } = "";
}
