namespace EnteTui.Core.Takeout.Matching;

/// <summary>The names recorded with each pair, one per rule of the matcher.</summary>
public static class MatchRules
{
    public const string Exact = "exact";
    public const string Numbered = "numbered";
    public const string Truncated = "truncated";
    public const string TruncatedNumbered = "truncated-numbered";
    public const string Supplemental = "supplemental";
    public const string SupplementalNumbered = "supplemental-numbered";
    public const string SupplementalTruncated = "supplemental-truncated";
    public const string SupplementalTruncatedNumbered = "supplemental-truncated-numbered";
    public const string SupplementalNumberInside = "supplemental-number-inside";
    public const string NumberInTitle = "number-in-title";
    public const string TitleWithoutExtension = "title-without-extension";
    public const string CaseInsensitive = "case-insensitive";
    public const string Title = "title";
    public const string Edited = "edited";
    public const string LivePhoto = "live-photo";
    public const string MotionPhoto = "motion-photo";
    public const string Manual = "manual";
    public const string Skipped = "skipped";
    public const string None = "none";

    /// <summary>Rules whose sidecar belongs to another item: it gives date and place only.</summary>
    public static bool IsBorrowed(string rule) => rule is Edited or LivePhoto or MotionPhoto;

    public static string ForForm(SidecarForm form, bool numbered) => form switch
    {
        SidecarForm.Plain => numbered ? Numbered : Exact,
        SidecarForm.Truncated => numbered ? TruncatedNumbered : Truncated,
        SidecarForm.Supplemental => numbered ? SupplementalNumbered : Supplemental,
        SidecarForm.SupplementalTruncated => numbered ? SupplementalTruncatedNumbered : SupplementalTruncated,
        _ => SupplementalNumberInside,
    };
}
