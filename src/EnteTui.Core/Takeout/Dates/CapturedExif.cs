namespace EnteTui.Core.Takeout.Dates;

/// <summary>
/// A capture time read from a file's metadata as written: <see cref="DateTime"/> is the wall-clock
/// value, <see cref="Offset"/> the offset stored with it (null when the file gives none).
/// </summary>
public sealed record CapturedExif(DateTime DateTime, TimeSpan? Offset);
