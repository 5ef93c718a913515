namespace EnteTui.Core.Export;

/// <summary>
/// One (file, album) as it should be after the run: its folder, names and sidecar content, and
/// what it still needs.
/// </summary>
public sealed record Placement(LibraryFile Row, string Folder, IReadOnlyList<string> Names, PlacementNeed Need)
{
    public string Album { get; init; } = "";

    /// <summary>The previous run wrote XMP sidecars for this item (see <see cref="ExportedItem.Xmp"/>).</summary>
    public bool HadXmp { get; init; }
}
