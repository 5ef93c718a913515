namespace EnteTui.LocalServer.Seeding;

/// <summary>What a file's embedded metadata says: capture time (epoch µs), place, video duration.</summary>
public sealed record CaptureInfo(long? CreationTime, double? Latitude, double? Longitude, int? DurationSeconds)
{
    public static CaptureInfo None { get; } = new(null, null, null, null);
}
