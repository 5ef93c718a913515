namespace EnteTui.Core.Takeout.Matching;

/// <summary>
/// Google cuts names in UTF-16 code units. A cut that falls inside a surrogate pair is not
/// documented, so callers get both readings: the pair kept whole, then the pair dropped.
/// </summary>
public static class Utf16Cut
{
    /// <summary>Every plausible result of cutting <paramref name="text"/> to <paramref name="length"/> units.</summary>
    public static IEnumerable<string> Variants(string text, int length)
    {
        if (text.Length <= length)
        {
            yield return text;
            yield break;
        }

        if (SplitsPair(text, length))
        {
            yield return text[..(length + 1)];
            yield return text[..(length - 1)];
        }
        else
        {
            yield return text[..length];
        }

        var byCodePoints = CutCodePoints(text, length);
        if (byCodePoints.Length > length + 1)
        {
            yield return byCodePoints;
        }
    }

    /// <summary>Cuts to at most <paramref name="length"/> units, keeping a split surrogate pair whole (media names).</summary>
    public static string KeepPairs(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        return SplitsPair(text, length) ? text[..(length + 1)] : text[..length];
    }

    /// <summary>True when <paramref name="text"/> looks like the result of <see cref="KeepPairs"/> at <paramref name="length"/>.</summary>
    public static bool IsCutLength(string text, int length) =>
        text.Length == length || (text.Length == length + 1 && SplitsPair(text, length));

    private static bool SplitsPair(string text, int length) =>
        length > 0 && length < text.Length && char.IsHighSurrogate(text[length - 1]) && char.IsLowSurrogate(text[length]);

    private static string CutCodePoints(string text, int codePoints)
    {
        var units = 0;
        for (var i = 0; i < codePoints && units < text.Length; i++)
        {
            units += char.IsHighSurrogate(text[units]) && units + 1 < text.Length ? 2 : 1;
        }

        return text[..units];
    }
}
