using EnteTui.Core.Takeout.Matching;

namespace EnteTui.Core.Tests.Takeout.Support;

/// <summary>
/// The naming model of takeout-notes §1.3, written independently of the matcher: media stem cut to
/// 47 units (pairs kept), <c>(n)</c> on collisions, sidecar = cut46(title [+ supplemental]) + (n) + .json.
/// </summary>
public static class GoogleNaming
{
    public sealed record Named(string Title, string Media, string Sidecar, bool TitleHasNumber, bool TitleHasExtension, bool Borrowed = false);

    /// <summary>
    /// Adds edited copies (suffix after the stem, cut to 47 with it, number after it) and live-photo
    /// videos (same stem and number, <c>.MP4</c>) for some stills; they have no sidecar of their own.
    /// Copies whose suffix would be cut away entirely are left out (Google's result is unknown).
    /// </summary>
    public static List<Named> WithCompanions(List<Named> folder, Random random, IReadOnlyList<string> suffixes)
    {
        var used = new HashSet<string>(folder.Select(f => f.Media), StringComparer.OrdinalIgnoreCase);
        var result = new List<Named>(folder);
        foreach (var still in folder.Where(f => f.TitleHasExtension && !f.Borrowed && f.Media.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase)))
        {
            var dot = still.Title.LastIndexOf('.');
            var stem = still.Title[..dot];
            var ext = still.Title[dot..];
            if (random.Next(3) == 0 && stem.Length + 3 <= 47)
            {
                var cut = KeepPairs(stem + suffixes[random.Next(suffixes.Count)], 47);
                var number = MediaName.FindTrailingNumber(still.Media[..^ext.Length]).Number;
                var media = cut + (number is null ? "" : $"({number})") + ext;
                if (used.Add(media))
                {
                    result.Add(still with { Media = media, Borrowed = true });
                }
            }

            if (random.Next(3) == 0)
            {
                var media = still.Media[..^ext.Length] + ".MP4";
                if (used.Add(media))
                {
                    result.Add(still with { Media = media, Borrowed = true });
                }
            }
        }

        return result;
    }

    public static List<Named> Folder(IEnumerable<string> titles, bool newStyle, bool truncateMedia = true)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<Named>();
        foreach (var title in titles)
        {
            var dot = title.LastIndexOf('.');
            var hasExtension = dot > 0 && dot < title.Length - 1 && title.Length - dot <= 6 && title[(dot + 1)..].All(char.IsAsciiLetterOrDigit);
            var stem = hasExtension ? title[..dot] : title;
            var ext = hasExtension ? title[dot..] : ".jpg";
            var cut = truncateMedia ? KeepPairs(stem, 47) : stem;
            var media = cut + ext;
            int? n = null;
            for (var i = 1; used.Contains(media); i++)
            {
                media = $"{cut}({i}){ext}";
                n = i;
            }

            used.Add(media);
            var basis = newStyle ? title + ".supplemental-metadata" : title;
            var sidecar = KeepPairs(basis, 46) + (n is null ? "" : $"({n})") + ".json";
            result.Add(new Named(title, media, sidecar, MediaName.FindTrailingNumber(stem).Number is not null, hasExtension));
        }

        return result;
    }

    private static string KeepPairs(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        return char.IsHighSurrogate(text[length - 1]) ? text[..(length + 1)] : text[..length];
    }
}
