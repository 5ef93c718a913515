namespace EnteTui.Core.Takeout.Matching;

/// <summary>A title the media file may have been given, with its Takeout duplicate number and the rule that reading implies.</summary>
internal readonly record struct OwnTitle(string Title, int? Number, string? Rule);
