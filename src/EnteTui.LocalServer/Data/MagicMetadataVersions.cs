namespace EnteTui.LocalServer.Data;

/// <summary>
/// Optimistic versioning of magic metadata (spec §3.6): the client sends the version it holds;
/// a different version, or a count more than 2 below the stored one, is a 409; the server stores
/// version + 1.
/// </summary>
internal static class MagicMetadataVersions
{
    public static MagicMetadataEnvelope Next(MagicMetadataEnvelope? stored, MagicMetadataEnvelope update)
    {
        if (string.IsNullOrEmpty(update.Data) || string.IsNullOrEmpty(update.Header))
        {
            throw ApiException.BadRequest("magic metadata needs data and header");
        }

        if (stored is not null && (stored.Version != update.Version || update.Count < stored.Count - 2))
        {
            throw ApiException.Plain(409, "client version is out of sync");
        }

        return new MagicMetadataEnvelope { Version = update.Version + 1, Count = update.Count, Data = update.Data, Header = update.Header };
    }

    /// <summary>Replaces the owner's private or public magic metadata of <paramref name="record"/> by the next version and stamps the record.</summary>
    public static void Apply(IOwnerMagicMetadata record, MagicMetadataKind kind, MagicMetadataEnvelope update, long now)
    {
        if (kind == MagicMetadataKind.Public)
        {
            record.PubMagicMetadata = Next(record.PubMagicMetadata, update);
        }
        else
        {
            record.MagicMetadata = Next(record.MagicMetadata, update);
        }

        record.UpdationTime = now;
    }
}
