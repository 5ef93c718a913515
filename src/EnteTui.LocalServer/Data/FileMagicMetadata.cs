namespace EnteTui.LocalServer.Data;

/// <summary>`PUT /files/magic-metadata` and `PUT /files/public-magic-metadata` (owner only, versioned).</summary>
internal static class FileMagicMetadata
{
    public static void Update(ServerDatabase d, Caller caller, UpdateFileMagicMetadataRequest request, MagicMetadataKind kind)
    {
        Access.MaxBatch(request.MetadataList.Count);
        var now = d.Clock.Next();
        foreach (var update in request.MetadataList)
        {
            var file = d.Files.FindById(update.Id);
            if (file is null || file.OwnerId != caller.UserId)
            {
                throw ApiException.Forbidden("only the owner updates a file's magic metadata");
            }

            MagicMetadataVersions.Apply(file, kind, update.MagicMetadata, now);
            d.Files.Update(file);
            CollectionFiles.TouchRows(d, file.Id, now);
        }
    }
}
