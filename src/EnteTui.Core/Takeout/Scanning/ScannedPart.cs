using EnteTui.Core.Takeout.Archives;

namespace EnteTui.Core.Takeout.Scanning;

/// <summary>A part as reported: the part and how many file entries were read from it.</summary>
public sealed record ScannedPart(TakeoutPart Part, int Entries, bool FromCache);
