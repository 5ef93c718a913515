namespace EnteTui.Tui.Screens.TakeoutWizard;

/// <summary>The date a media file gets without a sidecar, and where it comes from (EXIF, file name, year folder).</summary>
public sealed record DatePreview(DateTimeOffset? When, string Source);
