using EnteTui.Core.Import.Media;
using EnteTui.Core.Import.Planning;

namespace EnteTui.Core.Import.Upload;

/// <summary>
/// Reads the copy of a group that will be uploaded (its own titled sidecar first: it gives the
/// title, caption and favorite) and hashes it; the other copies only add albums and flags.
/// </summary>
internal static class GroupLoader
{
    public static async Task<LoadedContent> LoadAsync(ImportGroup group, IImportSource source, CancellationToken cancellationToken)
    {
        var loader = new ContentLoader(source);
        var copy = group.Copies.OrderBy(SidecarRank).First();
        var type = copy.IsLivePhoto ? EnteFileType.LivePhoto : MediaKinds.FromFileName(copy.Media.FileName) ?? EnteFileType.Image;
        string hash;
        byte[]? bytes;
        byte[] head;
        byte[]? video = null;
        if (copy.MotionVideo is { } motion)
        {
            (var imageHash, bytes, head) = await loader.LoadAsync(copy.Media, forceBuffer: true, cancellationToken);
            (var videoHash, video, _) = await loader.LoadAsync(motion, forceBuffer: true, cancellationToken);
            hash = imageHash + ":" + videoHash;
        }
        else
        {
            (hash, bytes, head) = await loader.LoadAsync(copy.Media, forceBuffer: false, cancellationToken);
        }

        var content = new LoadedContent { Best = copy, FileType = type, Hash = hash, Bytes = bytes, Head = head, VideoBytes = video };
        content.Copies.AddRange(group.Copies);
        return content;
    }

    private static int SidecarRank(ImportCopy copy) => copy.Media.Sidecar switch
    {
        { Title: { Length: > 0 } } => 0,
        not null => 1,
        _ => 2,
    };
}
