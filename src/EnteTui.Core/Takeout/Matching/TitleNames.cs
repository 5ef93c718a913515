namespace EnteTui.Core.Takeout.Matching;

/// <summary>Rebuilds the media name Google derives from a sidecar's <c>title</c> (N1-N3).</summary>
public static class TitleNames
{
    private static readonly char[] Replaced = ['/', '\\', ':', '*', '?', '"', '<', '>', '|', '\0'];

    /// <summary>Characters Google cannot use in a file name become <c>_</c>.</summary>
    public static string Sanitize(string title)
    {
        if (title.IndexOfAny(Replaced) < 0)
        {
            return title;
        }

        var chars = title.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (Array.IndexOf(Replaced, chars[i]) >= 0)
            {
                chars[i] = '_';
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// The media name for a title and the number read from its sidecar's name:
    /// <c>cut47(stem) + (n) + ext</c>. For a title without extension only the stem is known.
    /// </summary>
    public static (string Stem, string Extension) ExpectedMedia(string title, int? number)
    {
        var (stem, extension) = MediaName.SplitExtension(Sanitize(title.Normalize()));
        var cut = Utf16Cut.KeepPairs(stem, SidecarNames.MediaStemCut);
        return (number is null ? cut : $"{cut}({number})", extension);
    }

    /// <summary>The duplicate number written in a sidecar's file name (<c>...(2).json</c>), if any.</summary>
    public static int? SidecarNumber(string sidecarName)
    {
        var body = sidecarName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? sidecarName[..^5] : sidecarName;
        return MediaName.FindTrailingNumber(body).Number;
    }
}
