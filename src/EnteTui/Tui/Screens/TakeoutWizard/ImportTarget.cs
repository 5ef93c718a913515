namespace EnteTui.Tui.Screens.TakeoutWizard;

/// <summary>Where imported files go: Takeout's albums kept as Ente albums, or everything into one named album.</summary>
public sealed record ImportTarget(bool KeepAlbums, string? SingleAlbum)
{
    /// <summary>`--since`, as typed; empty = no lower bound.</summary>
    public string Since { get; init; } = "";

    /// <summary>`--until`, as typed; empty = no upper bound.</summary>
    public string Until { get; init; } = "";

    /// <summary>`--bwlimit`, as typed; empty = no limit.</summary>
    public string BandwidthLimit { get; init; } = "";

    /// <summary>The one album's name when none was typed.</summary>
    public const string DefaultAlbum = "Google Photos";

    public static readonly ImportTarget Albums = new(true, null);

    /// <summary>The one album everything goes into when the albums are not kept: as typed, else <see cref="DefaultAlbum"/>.</summary>
    public string AlbumName => SingleAlbum ?? DefaultAlbum;
}
