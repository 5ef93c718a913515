namespace EnteTui.Core.Takeout.Scanning;

/// <summary>
/// One photo or video as Google Photos had it: every copy of it (year folder, each album, each
/// part), the copy to upload (<see cref="Primary"/>: a year-folder copy when there is one) and the
/// titles of the albums it belongs to. Import each item once and add it to <see cref="Albums"/>.
/// </summary>
public sealed record TakeoutItem(TakeoutPair Primary, IReadOnlyList<TakeoutPair> Copies, IReadOnlyList<string> Albums);
