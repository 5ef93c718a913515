namespace EnteTui.Core.Takeout.State;

/// <summary>An EXIF date captured during a tar pass, in a stored listing.</summary>
internal sealed record StoredExif(int Ordinal, long Ticks, int? OffsetMinutes);
