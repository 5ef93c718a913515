using EnteTui.Core.Import.Media;
using EnteTui.Core.Import.Planning;

namespace EnteTui.Core.Import.Upload;

/// <summary>Hashes every copy of a group and keeps one entry per distinct content (file type + hash).</summary>
internal static class GroupLoader
{
    public static async Task<List<LoadedContent>> LoadAsync(ImportGroup group, IImportSource source, CancellationToken cancellationToken)
    {
        var loader = new ContentLoader(source);
        var contents = new List<LoadedContent>();
        foreach (var copy in group.Copies.OrderBy(SidecarRank))
        {
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

            var same = contents.FirstOrDefault(c => c.FileType == type && c.Hash == hash);
            if (same is not null)
            {
                same.Copies.Add(copy);
                continue;
            }

            var content = new LoadedContent { Best = copy, FileType = type, Hash = hash, Bytes = bytes, Head = head, VideoBytes = video };
            content.Copies.Add(copy);
            contents.Add(content);
        }

        return contents;
    }

    /// <summary>Copies with their own titled sidecar first: they give the title, caption and favorite.</summary>
    private static int SidecarRank(ImportCopy copy) => copy.Media.Sidecar switch
    {
        { Title: { Length: > 0 } } => 0,
        not null => 1,
        _ => 2,
    };
}
