using EnteTui.Core.Accounts;
using EnteTui.Core.Import.Upload;

namespace EnteTui.Core.Import.Sources;

/// <summary>Reads the synced library into the snapshot an import dedupes against.</summary>
public static class AccountSnapshotLoader
{
    public static AccountSnapshot Load(LibraryStore library, long userId, AccountKeys keys)
    {
        var ring = new CollectionKeyRing(userId, keys);
        var collections = new List<AccountCollection>();
        foreach (var collection in library.AllCollections().Where(c => !c.IsDeleted && c.OwnerId == userId))
        {
            try
            {
                collections.Add(new AccountCollection(collection.Id, collection.Name, collection.Type, ring.CollectionKey(collection), IsOwned: true, collection.IsHidden));
            }
            catch (Crypto.CryptoException)
            {
                // A collection whose key does not open is neither a dedupe source nor a target.
            }
        }

        var owned = collections.Select(c => c.Id).ToHashSet();
        var trashed = library.TrashedFileIds();
        var files = library.Files.FindAll()
            .Where(f => owned.Contains(f.CollectionId) && f.OwnerId == userId && !trashed.Contains(f.FileId) && !string.IsNullOrEmpty(f.Hash))
            .Select(f => new ExistingFile(f.FileId, f.CollectionId, f.EditedName ?? f.Title, f.FileType, f.Hash!, f.EncryptedKey, f.KeyDecryptionNonce))
            .ToList();
        return new AccountSnapshot(userId, keys.MasterKey, collections, files);
    }
}
