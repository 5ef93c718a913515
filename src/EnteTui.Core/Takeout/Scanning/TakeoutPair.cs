namespace EnteTui.Core.Takeout.Scanning;

/// <summary>
/// One physical media entry and its sidecar (null when unmatched). <see cref="Candidates"/> are
/// sidecar paths: the competitors when <see cref="Ambiguous"/>, near misses otherwise.
/// A borrowed sidecar (edited copy, live/motion video) gives date and place only: use
/// <see cref="OwnSidecar"/> for title, caption, favorite, archived and trashed.
/// </summary>
public sealed record TakeoutPair(
    TakeoutEntry Media,
    TakeoutEntry? Sidecar,
    string Rule,
    IReadOnlyList<string> Candidates,
    bool Ambiguous,
    SidecarData? SidecarData,
    TakeoutFolder Folder,
    ResolvedDate Date)
{
    public bool IsMatched => Sidecar is not null;

    public bool IsBorrowed => MatchRules.IsBorrowed(Rule);

    public SidecarData? OwnSidecar => IsBorrowed ? null : SidecarData;

    public GeoPoint? Location => SidecarData?.Location;
}
