namespace EnteTui.Core.Takeout.Matching;

/// <summary>
/// Forward generation of sidecar names (takeout-notes §1.3 N4/N5): old style
/// <c>cut46(title) + (n) + .json</c>, new style <c>cut46(title + ".supplemental-metadata") + (n) + .json</c>,
/// and the uncut new style some exports write. Lengths are UTF-16 units.
/// </summary>
public static class SidecarNames
{
    public const int SidecarCut = 46;
    public const int MediaStemCut = 47;
    public const string Supplemental = ".supplemental-metadata";

    /// <summary>Candidate names for <paramref name="title"/> with duplicate number <paramref name="number"/>, most likely first, without repeats.</summary>
    public static IReadOnlyList<SidecarCandidate> For(string title, int? number)
    {
        var num = number is null ? "" : $"({number})";
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<SidecarCandidate>(8);

        void Add(string name, SidecarForm form)
        {
            if (seen.Add(name))
            {
                result.Add(new SidecarCandidate(name, form));
            }
        }

        foreach (var cut in Utf16Cut.Variants(title, SidecarCut))
        {
            Add(cut + num + ".json", cut.Length == title.Length ? SidecarForm.Plain : SidecarForm.Truncated);
        }

        var withSuffix = title + Supplemental;
        foreach (var cut in Utf16Cut.Variants(withSuffix, SidecarCut))
        {
            Add(cut + num + ".json", cut.Length == withSuffix.Length ? SidecarForm.Supplemental : SidecarForm.SupplementalTruncated);
        }

        Add(withSuffix + num + ".json", SidecarForm.Supplemental);
        Add(title + num + ".json", SidecarForm.Plain);
        if (number is not null)
        {
            Add(title + num + Supplemental + ".json", SidecarForm.SupplementalNumberInside);
        }

        return result;
    }
}
