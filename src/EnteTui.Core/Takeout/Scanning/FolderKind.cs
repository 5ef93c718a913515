namespace EnteTui.Core.Takeout.Scanning;

/// <summary>What a folder of the Google Photos tree is; only <see cref="Album"/> folders are albums.</summary>
public enum FolderKind
{
    /// <summary><c>Photos from 2019</c> (and localised forms): every photo of a year, not an album.</summary>
    Year,

    /// <summary><c>2005-02-05</c>: per-day folders of older exports, not albums.</summary>
    Day,

    /// <summary>An album, titled by its <c>metadata.json</c> (any name) or else by the folder name.</summary>
    Album,

    /// <summary>Archive, Trash, Failed Videos (and localised forms).</summary>
    Special,

    /// <summary>The Google Photos folder itself, or a folder outside any recognisable structure.</summary>
    Other,
}
