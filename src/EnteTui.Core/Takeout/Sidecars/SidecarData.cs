namespace EnteTui.Core.Takeout.Sidecars;

/// <summary>
/// What a Google media sidecar says (takeout-notes §2). <see cref="TakenTime"/> is null when unknown
/// (<c>"0"</c>, missing, unreadable); <see cref="CreationTime"/> is the upload time and never a capture date.
/// <see cref="Location"/> is <c>geoData</c> (the user's correction) falling back to <c>geoDataExif</c>.
/// </summary>
public sealed record SidecarData(
    string? Title,
    string? Description,
    DateTimeOffset? TakenTime,
    DateTimeOffset? CreationTime,
    GeoPoint? GeoData,
    GeoPoint? GeoDataExif,
    bool Favorited,
    bool Archived,
    bool Trashed,
    IReadOnlyList<string> People,
    string? Url,
    bool FromPartnerSharing)
{
    /// <summary>The people named; sidecars that name nobody share one empty list (a scan holds a sidecar per photo).</summary>
    public IReadOnlyList<string> People { get; init; } = People.Count == 0 ? [] : People;

    public GeoPoint? Location => GeoData ?? GeoDataExif;
}
