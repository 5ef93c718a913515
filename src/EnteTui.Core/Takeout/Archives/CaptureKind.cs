namespace EnteTui.Core.Takeout.Archives;

/// <summary>What the scan reads of an entry's bytes, decided once from its name.</summary>
public enum CaptureKind
{
    None,
    Json,

    /// <summary>A media head, for its EXIF or QuickTime date (sequential passes only).</summary>
    Dates,
}
