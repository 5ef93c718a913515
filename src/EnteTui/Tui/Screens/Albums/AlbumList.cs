namespace EnteTui.Tui.Screens.Albums;

/// <summary>The albums of an account as the export service lists them, and when the export folder's last run finished.</summary>
public sealed record AlbumList(IReadOnlyList<AlbumSummary> Albums, DateTimeOffset? LastRun);
