namespace EnteTui.Core.Takeout.Dates;

/// <summary>A media file's capture date and where it came from.</summary>
public sealed record ResolvedDate(DateTimeOffset? Value, DateSource Source)
{
    public static ResolvedDate None { get; } = new(null, DateSource.None);
}
