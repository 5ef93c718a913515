namespace EnteTui.Core.Import.Upload;

/// <summary>One (file, collection) row of the account, for dedupe (spec §5.3).</summary>
public sealed record ExistingFile(
    long FileId,
    long CollectionId,
    string Title,
    int FileType,
    string Hash,
    string EncryptedKey,
    string KeyDecryptionNonce);
