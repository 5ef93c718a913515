namespace EnteTui.Core.Import.Upload;

/// <summary>The account as synced at the start of an import: keys, collections and files.</summary>
public sealed record AccountSnapshot(
    long UserId,
    byte[] MasterKey,
    IReadOnlyList<AccountCollection> Collections,
    IReadOnlyList<ExistingFile> Files);
