namespace EnteTui.Core.Takeout.Dates;

/// <summary>Where a media file's capture date came from (in order of preference).</summary>
public enum DateSource
{
    /// <summary><c>photoTakenTime</c> of the file's sidecar (its own or a borrowed one).</summary>
    Sidecar,

    /// <summary>EXIF <c>DateTimeOriginal</c> (with <c>OffsetTimeOriginal</c>) or a QuickTime creation time.</summary>
    Exif,

    /// <summary>A date written in the file name (<c>IMG_20190815_141500.jpg</c>).</summary>
    FileName,

    /// <summary>The year (or day) of the folder it is in (<c>Photos from 2019</c>).</summary>
    Folder,

    /// <summary>No date found; the zip entry time is never used.</summary>
    None,
}
