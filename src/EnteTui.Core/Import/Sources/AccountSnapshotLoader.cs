using EnteTui.Core.Accounts;
using EnteTui.Core.Import.Upload;

namespace EnteTui.Core.Import.Sources;

/// <summary>Reads the synced library into the snapshot an import dedupes against.</summary>
public static class AccountSnapshotLoader
{
    public static AccountSnapshot Load(LibraryStore library, AccountKeys keys)
    {
        var ring = new CollectionKeyRing(keys);
        var collections = new List<AccountCollection>();
        foreach (var collection in library.AllCollections().Where(c => !c.IsDeleted && c.OwnerId == keys.UserId))
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
            .Where(f => owned.Contains(f.CollectionId) && f.OwnerId == keys.UserId && !trashed.Contains(f.FileId) && !string.IsNullOrEmpty(f.Hash))
            .Select(f => new ExistingFile(f.FileId, f.CollectionId, f.EditedName ?? f.Title, f.FileType, f.Hash!, f.EncryptedKey, f.KeyDecryptionNonce))
            .ToList();
        return new AccountSnapshot(keys.UserId, keys.MasterKey, collections, files);
    }
}
