namespace EnteTui.Core.Takeout.Scanning;

/// <summary>A part as reported: the part, how many file entries were read from it, and whether it could not be read to its end.</summary>
public sealed record ScannedPart(TakeoutPart Part, int Entries, bool FromCache, bool Damaged = false);
