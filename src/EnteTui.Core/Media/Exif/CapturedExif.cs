namespace EnteTui.Core.Media.Exif;

/// <summary>
/// A capture time read from a file's metadata as written: <see cref="DateTime"/> is the wall-clock
/// value (sub-seconds included), <see cref="Offset"/> the offset stored with it (null when the file
/// gives none; a QuickTime creation time is UTC).
/// </summary>
public sealed record CapturedExif(DateTime DateTime, TimeSpan? Offset);
