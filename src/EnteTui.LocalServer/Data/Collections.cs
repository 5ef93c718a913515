namespace EnteTui.LocalServer.Data;

/// <summary>Creating, listing and reading collections (spec §4.1, §5.8).</summary>
internal static class Collections
{
    public static readonly string[] Types = ["album", "folder", "favorites", "uncategorized"];

    public static Collection Create(ServerDatabase d, Caller caller, CreateCollectionRequest request)
    {
        var type = request.Type == "CollectionType.album" ? "album" : request.Type;
        if (Base64Length(request.EncryptedKey) != 48 || Base64Length(request.KeyDecryptionNonce) != 24 || !Types.Contains(type))
        {
            // museum returns these as plain Go errors: HTTP 500 with {}.
            throw ApiException.Plain(500, "invalid collection key, nonce or type");
        }

        if (d.Users.FindById(caller.UserId)?.KeyAttributes is null)
        {
            throw ApiException.Plain(500, "user has no key attributes");
        }

        if (type is "favorites" or "uncategorized")
        {
            var existing = d.Collections.FindOne(c => c.OwnerId == caller.UserId && c.App == caller.App && c.Type == type && !c.IsDeleted);
            if (existing is not null)
            {
                return WireViews.Collection(d, existing, caller.UserId);
            }
        }

        var now = d.Clock.Next();
        var record = new CollectionRecord
        {
            Id = d.Ids.NextCollectionId(),
            OwnerId = caller.UserId,
            App = caller.App,
            EncryptedKey = request.EncryptedKey,
            KeyDecryptionNonce = request.KeyDecryptionNonce,
            Name = "",
            EncryptedName = request.EncryptedName,
            NameDecryptionNonce = request.NameDecryptionNonce,
            Type = type,
            MagicMetadata = request.MagicMetadata,
            PubMagicMetadata = request.PubMagicMetadata,
            UpdationTime = now,
            CreationTime = now,
        };
        d.Collections.Insert(record);
        return WireViews.Collection(d, record, caller.UserId);
    }

    /// <summary>Owned collections first (tombstones included), then those shared with the caller.</summary>
    public static CollectionsResponse Changed(ServerDatabase d, Caller caller, long sinceTime)
    {
        var owned = d.Collections.Find(c => c.OwnerId == caller.UserId && c.App == caller.App && c.UpdationTime > sinceTime)
            .OrderBy(c => c.UpdationTime)
            .Select(c => WireViews.Collection(d, c, caller.UserId));
        var shared = d.Shares.Find(s => s.ShareeId == caller.UserId)
            .Select(s => (Share: s, Collection: d.Collections.FindById(s.CollectionId)))
            .Where(p => p.Collection is not null && p.Collection.App == caller.App
                && Math.Max(p.Collection.UpdationTime, p.Share.UpdationTime) > sinceTime)
            .Select(p => WireViews.Collection(d, p.Collection, caller.UserId, p.Share))
            .OrderBy(c => c.UpdationTime);
        return new CollectionsResponse { Collections = [.. owned, .. shared] };
    }

    public static CollectionResponse Get(ServerDatabase d, Caller caller, long collectionId)
    {
        var (collection, share) = Access.Collection(d, collectionId, caller, includeDeleted: true);
        return new CollectionResponse { Collection = WireViews.Collection(d, collection, caller.UserId, share) };
    }

    /// <summary>Moves the collection's updationTime forward (any change inside it).</summary>
    public static void Touch(ServerDatabase d, long collectionId, long time)
    {
        var collection = d.Collections.FindById(collectionId);
        if (collection is not null && collection.UpdationTime < time)
        {
            collection.UpdationTime = time;
            d.Collections.Update(collection);
        }
    }

    public static int Base64Length(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return 0;
        }

        Span<byte> buffer = stackalloc byte[(value.Length * 3 / 4) + 3];
        return Convert.TryFromBase64String(value, buffer, out var written) ? written : -1;
    }
}
