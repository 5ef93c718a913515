namespace EnteTui.Core.Api.Wire;

/// <summary>A file key re-wrapped for a target collection.</summary>
public sealed class CollectionFileItem
{
    public long Id { get; set; }

    public string EncryptedKey { get; set; } = "";

    public string KeyDecryptionNonce { get; set; } = "";
}
