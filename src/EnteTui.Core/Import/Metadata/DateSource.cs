namespace EnteTui.Core.Import.Metadata;

/// <summary>Where an item's creationTime came from, best first.</summary>
public enum DateSource
{
    PhotoTakenTime,
    Exif,
    Video,
    FileName,
    SidecarCreationTime,
    YearFolder,
    ImportTime,
}
