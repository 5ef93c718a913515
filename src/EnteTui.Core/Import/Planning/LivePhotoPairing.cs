namespace EnteTui.Core.Import.Planning;

/// <summary>
/// Joins a still and its motion video in the same folder into one live photo, as Ente's uploader
/// does (spec §4.9): equal stems after dropping `_3`, `_HVEC` or the video's extension from the
/// image stem, each part at most 20 MB, capture dates within a day when both have one.
/// </summary>
public static class LivePhotoPairing
{
    public const long MaxPartBytes = 20 * 1000 * 1000;

    public static IReadOnlyList<ImportCopy> Pair(IEnumerable<ImportMedia> media)
    {
        var result = new List<ImportCopy>();
        foreach (var folder in media.GroupBy(m => m.Folder, StringComparer.Ordinal))
        {
            foreach (var layer in Layers(folder))
            {
                PairFolder(layer, result);
            }
        }

        return result;
    }

    /// <summary>A path held by several parts is paired per occurrence: the first copies together, then the second ones.</summary>
    private static IEnumerable<List<ImportMedia>> Layers(IEnumerable<ImportMedia> folder)
    {
        var layers = new List<List<ImportMedia>>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in folder)
        {
            var index = seen.GetValueOrDefault(item.FileName);
            seen[item.FileName] = index + 1;
            if (index == layers.Count)
            {
                layers.Add([]);
            }

            layers[index].Add(item);
        }

        return layers;
    }

    private static void PairFolder(List<ImportMedia> folder, List<ImportCopy> result)
    {
        var videos = folder.Where(m => m.TypeByName == EnteFileType.Video)
            .GroupBy(v => StemOf(v.FileName), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        var used = new HashSet<ImportMedia>(ReferenceEqualityComparer.Instance);
        foreach (var image in folder.Where(m => m.TypeByName == EnteFileType.Image))
        {
            var video = FindVideo(image, videos, used);
            if (video is not null)
            {
                used.Add(video);
            }

            result.Add(new ImportCopy(image, video));
        }

        result.AddRange(folder.Where(m => m.TypeByName == EnteFileType.Video && !used.Contains(m))
            .Select(v => new ImportCopy(v)));
    }

    private static ImportMedia? FindVideo(ImportMedia image, Dictionary<string, List<ImportMedia>> videos, HashSet<ImportMedia> used)
    {
        if (image.Size > MaxPartBytes)
        {
            return null;
        }

        var stem = StemOf(image.FileName);
        foreach (var candidateStem in CandidateStems(stem))
        {
            if (!videos.TryGetValue(candidateStem, out var list))
            {
                continue;
            }

            var matches = list.Where(v => !used.Contains(v) && v.Size <= MaxPartBytes && DatesAgree(image, v)).ToList();
            if (matches.Count == 1)
            {
                return matches[0];
            }
        }

        return null;
    }

    private static IEnumerable<string> CandidateStems(string imageStem)
    {
        yield return imageStem;
        foreach (var suffix in new[] { "_3", "_HVEC", ".MP", ".mp4", ".MOV" })
        {
            if (imageStem.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                yield return imageStem[..^suffix.Length];
            }
        }

        var copy = imageStem.LastIndexOf(".MP~", StringComparison.OrdinalIgnoreCase);
        if (copy > 0)
        {
            yield return imageStem[..copy] + imageStem[(copy + 3)..];
        }
    }

    private static bool DatesAgree(ImportMedia image, ImportMedia video)
    {
        if (image.Sidecar?.PhotoTakenTime is not long a || a == 0 || video.Sidecar?.PhotoTakenTime is not long b || b == 0)
        {
            return true;
        }

        return Math.Abs(a - b) <= 86_400;
    }

    /// <summary>The name without its extension; `.MP~2` and a missing extension are handled.</summary>
    internal static string StemOf(string fileName)
    {
        var ext = MediaKinds.ExtensionOf(fileName);
        var withoutCopy = fileName;
        var tilde = fileName.LastIndexOf('~');
        if (tilde > 0 && ext.Length > 0 && fileName.AsSpan(tilde + 1).IndexOfAnyExceptInRange('0', '9') < 0)
        {
            return fileName[..(tilde - ext.Length)] + fileName[tilde..];
        }

        return ext.Length == 0 ? withoutCopy : withoutCopy[..^ext.Length];
    }
}
