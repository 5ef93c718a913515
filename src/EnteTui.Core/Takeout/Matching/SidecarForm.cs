namespace EnteTui.Core.Takeout.Matching;

/// <summary>Which of Google's sidecar naming schemes produced a candidate name.</summary>
public enum SidecarForm
{
    /// <summary><c>title.json</c> with the title short enough not to be cut.</summary>
    Plain,

    /// <summary><c>cut46(title) + (n) + .json</c> where the cut removed something.</summary>
    Truncated,

    /// <summary><c>title.supplemental-metadata(n).json</c>, uncut.</summary>
    Supplemental,

    /// <summary><c>cut46(title + ".supplemental-metadata") + (n) + .json</c>.</summary>
    SupplementalTruncated,

    /// <summary><c>title(n).supplemental-metadata.json</c> (number in the middle).</summary>
    SupplementalNumberInside,
}
