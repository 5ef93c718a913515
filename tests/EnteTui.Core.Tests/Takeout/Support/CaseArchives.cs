using EnteTui.Core.Takeout.Matching;
using EnteTui.Core.Takeout.Scanning;

namespace EnteTui.Core.Tests.Takeout.Support;

/// <summary>Builds a public case as real parts (zip, tgz, a mix, or folders) with realistic content.</summary>
public static class CaseArchives
{
    public static IReadOnlyList<string> Build(TakeoutCase c, string dir, string format)
    {
        var referenced = c.Expected.Values.OfType<string>().ToHashSet(StringComparer.Ordinal);
        var paths = new List<string>();
        for (var i = 0; i < c.Parts.Count; i++)
        {
            var entries = c.Parts[i].Select(p => new ArchiveEntry(p, Content(p, referenced))).ToList();
            var kind = format == "mixed" ? (i % 2 == 0 ? "zip" : "tgz") : format;
            var path = Path.Combine(dir, $"takeout-20240712T112341Z-{i + 1:000}.{(kind == "folder" ? "d" : kind)}");
            switch (kind)
            {
                case "zip":
                    ArchiveWriter.Zip(path, entries);
                    break;
                case "tgz":
                    ArchiveWriter.Tgz(path, entries);
                    break;
                default:
                    ArchiveWriter.Folder(path, entries);
                    break;
            }

            paths.Add(path);
        }

        return paths;
    }

    private static byte[] Content(string path, HashSet<string> referenced)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        if (!name.EndsWith(".json", StringComparison.Ordinal))
        {
            return System.Text.Encoding.UTF8.GetBytes("media:" + path);
        }

        var core = SidecarJson.TitleFromName(name);
        var looksLikeMedia = MediaTypes.Classify(MediaName.Parse(core)) is MediaKind.Image or MediaKind.Video;
        if (KnownNames.IsAlbumMetadataName(name) || (!referenced.Contains(path) && !looksLikeMedia))
        {
            return SidecarJson.Album(path.Split('/')[^2]);
        }

        return SidecarJson.Media(core, SidecarJson.TakenFor(path));
    }
}
