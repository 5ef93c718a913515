namespace EnteTui.Core.Import.Upload;

/// <summary>An uploaded file that matches: its id, the collections it is in, and one wrapped copy of its key.</summary>
public sealed record DedupeHit(long FileId, IReadOnlySet<long> Collections, long KeyCollectionId, string EncryptedKey, string KeyDecryptionNonce);
