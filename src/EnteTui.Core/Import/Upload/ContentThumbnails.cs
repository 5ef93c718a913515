namespace EnteTui.Core.Import.Upload;

/// <summary>
/// The thumbnail of a loaded content: pictures (and a live photo's still) from their bytes, or
/// streamed again from their part when they were not kept in memory (a JPEG SkiaSharp could not
/// decode in the read that hashed it is read once more, whole, for Magick.NET); videos from a temporary copy
/// on disk (ffmpeg needs to seek; the copy never sits in memory), or the fallback without ffmpeg.
/// A large entry of a tgz, uploaded in its one read, is thumbnailed from the copy spooled meanwhile;
/// a streamed JPEG may already have its thumbnail from the read that hashed it.
/// </summary>
internal static class ContentThumbnails
{
    public static async Task<MediaThumbnail> MakeAsync(ImportContext context, LoadedContent content, CancellationToken cancellationToken)
    {
        var media = content.Best.Media;
        if (content.Thumbnail is { } made)
        {
            return made;
        }

        if (content.SpoolPath is { } spool)
        {
            return await context.Thumbnailer.FromFileAsync(spool, cancellationToken);
        }

        if (content.FileType != EnteFileType.Video)
        {
            if (content.Bytes is { } image)
            {
                return Thumbnailer.FromImage(image, media.FileName);
            }

            return await Thumbnailer.FromImageStreamAsync(ct => context.Source.OpenAsync(media, ct), content.Head, media.Size, media.FileName, content.SkiaTried, cancellationToken);
        }

        if (!context.Thumbnailer.Ffmpeg.Available)
        {
            return Thumbnailer.Fallback;
        }

        var temporary = Path.Combine(Path.GetTempPath(), "ente-tui-video-" + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            await using (var copy = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                if (content.Bytes is { } bytes)
                {
                    await copy.WriteAsync(bytes, cancellationToken);
                }
                else
                {
                    await using var source = await context.Source.OpenAsync(media, cancellationToken);
                    await source.CopyToAsync(copy, 1 << 20, cancellationToken);
                }
            }

            return await context.Thumbnailer.FromVideoFileAsync(temporary, cancellationToken);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
