namespace EnteTui.Tui.Screens.TakeoutWizard;

/// <summary>Where imported files go: Takeout's albums kept as Ente albums, or everything into one named album.</summary>
public sealed record ImportTarget(bool KeepAlbums, string? SingleAlbum)
{
    public static readonly ImportTarget Albums = new(true, null);
}
