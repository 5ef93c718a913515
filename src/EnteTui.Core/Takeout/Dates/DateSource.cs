namespace EnteTui.Core.Takeout.Dates;

/// <summary>Where a media file's capture date came from, best first (the Takeout scan's preview and the import use the same order).</summary>
public enum DateSource
{
    /// <summary><c>photoTakenTime</c> of the file's sidecar (its own or a borrowed one).</summary>
    Sidecar,

    /// <summary>The file's own metadata: EXIF (DateTimeOriginal, DateTimeDigitized, DateTime) or a QuickTime creation time, a live photo's video included.</summary>
    Exif,

    /// <summary>A date written in the file name (<c>IMG_20190815_141500.jpg</c>).</summary>
    FileName,

    /// <summary>The sidecar's <c>creationTime</c>: Google's upload time, used only when it falls in the year of the file's year folder (or there is none).</summary>
    SidecarCreationTime,

    /// <summary>The year (or day) of the folder it is in (<c>Photos from 2019</c>).</summary>
    Folder,

    /// <summary>No date found (the import then uses the import time); the zip entry time is never used.</summary>
    None,
}
