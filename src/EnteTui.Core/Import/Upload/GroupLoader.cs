namespace EnteTui.Core.Import.Upload;

/// <summary>
/// Reads the copy of a group that will be uploaded (the planner puts the copy with its own titled
/// sidecar first) and hashes it; the other copies only add albums and flags. A large entry of a
/// forward-only part is hashed while it is encrypted and uploaded, in its one read, and spooled to
/// an owner-only temporary folder for its thumbnail (deleted with the <see cref="LoadedContent"/>).
/// </summary>
internal static class GroupLoader
{
    public static async Task<LoadedContent> LoadAsync(ImportGroup group, ImportContext context, Action<long> onBytes, CancellationToken cancellationToken)
    {
        var copy = group.Copies[0];
        if (!copy.IsLivePhoto && context.Source.IsSequential(copy.Media) && !ContentLoader.Buffers(copy.Media))
        {
            return await UploadWhileHashingAsync(group, context, onBytes, cancellationToken);
        }

        var loader = new ContentLoader(context.Source, context.Gates);
        LoadedBytes loaded;
        byte[]? video = null;
        if (copy.MotionVideo is { } motion)
        {
            var image = await loader.LoadAsync(copy.Media, forceBuffer: true, thumbnail: false, cancellationToken);
            var motionVideo = await loader.LoadAsync(motion, forceBuffer: true, thumbnail: false, cancellationToken);
            loaded = image with { Hash = image.Hash + ":" + motionVideo.Hash };
            video = motionVideo.Bytes;
        }
        else
        {
            loaded = await loader.LoadAsync(copy.Media, forceBuffer: false, thumbnail: LikelyNew(copy, context), cancellationToken);
        }

        var type = copy.IsLivePhoto ? EnteFileType.LivePhoto : TypeOf(copy.Media, loaded.Head);
        var content = new LoadedContent { Best = copy, FileType = type, Hash = loaded.Hash, Bytes = loaded.Bytes, Head = loaded.Head, VideoBytes = video, Thumbnail = type == EnteFileType.Image ? loaded.Thumbnail : null, SkiaTried = loaded.SkiaTried };
        content.Copies.AddRange(group.Copies);
        return content;
    }

    /// <summary>
    /// A photo the account holds under neither its title nor its file name will be uploaded, so its
    /// thumbnail is worth decoding while it is hashed; otherwise it is most likely a duplicate.
    /// </summary>
    private static bool LikelyNew(ImportCopy copy, ImportContext context)
    {
        if (copy.Media.TypeByName != EnteFileType.Image)
        {
            return false;
        }

        // Without a sidecar title the title is the file name: one look-up, not the same one twice.
        var title = NewFileUploader.TitleOf(copy);
        return !context.Dedupe.HoldsTitle(title)
            && (string.Equals(title, copy.Media.FileName, StringComparison.Ordinal) || !context.Dedupe.HoldsTitle(copy.Media.FileName));
    }

    /// <summary>Bytes decide, not names (a JPEG named `.HEIC`, a Pixel motion video named `.MP`).</summary>
    private static EnteFileType TypeOf(ImportMedia media, byte[] head) =>
        MediaKinds.Classify(media.FileName, head) ?? EnteFileType.Image;

    /// <summary>The content hash of a further copy of a group (streamed; a live photo hashes both parts), to decide whether it is the same file.</summary>
    public static async Task<string> HashAsync(ImportCopy copy, ImportContext context, CancellationToken cancellationToken)
    {
        var loader = new ContentLoader(context.Source, context.Gates);
        var hash = (await loader.LoadAsync(copy.Media, forceBuffer: false, thumbnail: false, cancellationToken)).Hash;
        if (copy.MotionVideo is { } motion)
        {
            hash += ":" + (await loader.LoadAsync(motion, forceBuffer: false, thumbnail: false, cancellationToken)).Hash;
        }

        return hash;
    }

    private static async Task<LoadedContent> UploadWhileHashingAsync(ImportGroup group, ImportContext context, Action<long> onBytes, CancellationToken cancellationToken)
    {
        var media = group.Copies[0].Media;
        var fileKey = CryptoRandom.NewKey();
        var spoolFolder = Directory.CreateTempSubdirectory("ente-tui-spool-").FullName;
        var spool = LoadedContent.SpoolPathIn(spoolFolder);
        HashingStream? hashing = null;
        UploadedObject file;
        try
        {
            using (await context.Gates.EnterAsync(media, cancellationToken))
            {
                file = await context.Uploader.UploadFileAsync(
                    async ct => hashing = new HashingStream(new SpoolingStream(await context.Source.OpenAsync(media, ct), spool), ContentLoader.HeadBytes),
                    media.Size,
                    fileKey,
                    onBytes,
                    cancellationToken);
            }
        }
        catch
        {
            Directory.Delete(spoolFolder, recursive: true);
            throw;
        }

        var content = new LoadedContent
        {
            Best = group.Copies[0],
            FileType = TypeOf(media, hashing!.Head),
            Hash = hashing.Hash!,
            Head = hashing.Head,
            PreUploaded = (fileKey, file),
            SpoolFolder = spoolFolder,
        };
        content.Copies.AddRange(group.Copies);
        return content;
    }
}
