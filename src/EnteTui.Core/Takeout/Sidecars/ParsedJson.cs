namespace EnteTui.Core.Takeout.Sidecars;

/// <summary>The classified content of one JSON file; <see cref="Error"/> says why a malformed one is.</summary>
public sealed record ParsedJson(JsonKind Kind, SidecarData? Sidecar, AlbumInfo? Album, string? Error)
{
    public static ParsedJson Malformed(string error) => new(JsonKind.Malformed, null, null, error);

    public string? Title => Sidecar?.Title ?? Album?.Title;
}
