namespace EnteTui.Core.Api.Wire;

/// <summary>The `metadata` part of a file record: Blob-encrypted JSON.</summary>
public sealed class FileMetadataAttributes
{
    public string? EncryptedData { get; set; }

    public string DecryptionHeader { get; set; } = "";

    public long Size { get; set; }
}
