using EnteTui.Core.Takeout.Matching;
namespace EnteTui.LocalServer.Seeding;

/// <summary>
/// Groups a folder's media: exactly one image and one video with the same stem (case-insensitive)
/// form a live photo [image, video]; everything else stands alone. Order follows the input.
/// </summary>
internal static class LivePhotoPairs
{
    public static List<List<string>> Group(IReadOnlyList<string> files)
    {
        var byStem = files.GroupBy(f => Path.GetFileNameWithoutExtension(f), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        var groups = new List<List<string>>();
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (!done.Add(file))
            {
                continue;
            }

            var same = byStem[Path.GetFileNameWithoutExtension(file)];
            var image = same.Where(MediaTypes.IsImage).ToList();
            var video = same.Where(MediaTypes.IsVideo).ToList();
            if (same.Count == 2 && image.Count == 1 && video.Count == 1)
            {
                done.UnionWith(same);
                groups.Add([image[0], video[0]]);
            }
            else
            {
                groups.Add([file]);
            }
        }

        return groups;
    }
}
