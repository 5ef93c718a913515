namespace EnteTui.Tui.Screens.Albums;

/// <summary>What the album screen remembers per account: the marked albums and the export options.</summary>
public sealed record AlbumSelection(IReadOnlyCollection<long>? MarkedAlbumIds, ExportChoices? Options);
