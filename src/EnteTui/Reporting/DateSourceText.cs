using EnteTui.Core.Takeout.Dates;

namespace EnteTui.Reporting;

/// <summary>Where a capture date came from, in words (`takeout scan` text and the wizard).</summary>
public static class DateSourceText
{
    public static string Describe(DateSource source) => source switch
    {
        DateSource.Sidecar => "sidecar",
        DateSource.Exif => "EXIF",
        DateSource.FileName => "file name",
        DateSource.SidecarCreationTime => "upload time",
        DateSource.Folder => "year folder",
        _ => "none",
    };
}
