namespace EnteTui.Core.Import.Planning;

/// <summary>The reason line shown for a left-out entry.</summary>
public static class SkipReasons
{
    public static string Describe(SkipReason reason) => reason switch
    {
        SkipReason.Unmatched => "no sidecar (--skip-unmatched)",
        SkipReason.Trashed => "in Google Photos' trash",
        SkipReason.Archived => "archived (--archived skip)",
        SkipReason.Resolution => "skipped by the user",
        SkipReason.EmptyFile => "empty file",
        SkipReason.NotMedia => "not a photo or video",
        SkipReason.TooLarge => "larger than Ente's 10 GB file limit",
        SkipReason.OutsideDates => "captured outside --since/--until (or capture time unknown)",
        _ => reason.ToString(),
    };
}
