using EnteTui.Core.Import.Metadata;

namespace EnteTui.Core.Import.Planning;

/// <summary>
/// One physical media file of the Takeout (one copy in one folder). The path is kept as its folder
/// (a string the scan shares between the entries of a folder) and the file name, and built when asked:
/// a plan of a million copies does not hold a million paths. Trade-off: the folder date and capture time are
/// kept without <see cref="Nullable{T}"/>'s flag words (16 bytes less per copy); they read as nullable
/// values all the same. The file type by name is one byte in what was the object's padding (80 bytes either way).
/// </summary>
public sealed record ImportMedia
{
    private const long NoTime = long.MinValue;
    private const int NoDay = -1;
    private readonly long captureTicks = NoTime;
    private readonly int folderDay = NoDay;
    private readonly short captureOffsetMinutes;
    private readonly string fileName = "";

    /// <summary>0 when the name is no media, else <see cref="EnteFileType"/> + 1.</summary>
    private readonly byte typeByName;

    /// <summary>The entry path inside the Takeout, `/`-separated (the same in every part that holds it).</summary>
    public string Path
    {
        get => EntryPaths.Join(Folder, FileName);
        init
        {
            var slash = value.LastIndexOf('/');
            Folder = slash < 0 ? "" : value[..slash];
            FileName = slash < 0 ? value : value[(slash + 1)..];
        }
    }

    /// <summary>The folder part of <see cref="Path"/> (no trailing `/`; empty at the root).</summary>
    public string Folder { get; init; } = "";

    public string FileName
    {
        get => fileName;
        init
        {
            fileName = value;
            typeByName = MediaKinds.FromFileName(value) is { } type ? (byte)(type + 1) : (byte)0;
        }
    }

    /// <summary>
    /// Image or Video by the name (the media-type table), null when the name is no media: derived once,
    /// when the name is set; planning asks it of every entry (leave-outs, live-photo pairs, copy groups) and the upload again.
    /// </summary>
    public EnteFileType? TypeByName => typeByName == 0 ? null : (EnteFileType)(typeByName - 1);

    /// <summary>1-based part that holds the entry, in the order the parts were given.</summary>
    public int Part { get; init; } = 1;

    /// <summary>The entry's position in its part (tar entries are read forward, so work goes in this order).</summary>
    public int Ordinal { get; init; }

    public required long Size { get; init; }

    /// <summary>The sidecar for this copy; a borrowed one is already reduced to date and place.</summary>
    public SidecarFacts? Sidecar { get; init; }

    /// <summary>True when the matcher found no sidecar (own or borrowed).</summary>
    public bool IsUnmatched => Sidecar is null;

    /// <summary>The album title (from the album's metadata.json) when the copy sits in an album folder.</summary>
    public string? AlbumTitle { get; init; }

    /// <summary>The year (January 1) or day of the year or day folder holding the copy.</summary>
    public DateOnly? FolderDate
    {
        get => folderDay == NoDay ? null : DateOnly.FromDayNumber(folderDay);
        init => folderDay = value?.DayNumber ?? NoDay;
    }

    /// <summary>The capture time the scan resolved (sidecar, EXIF, file name, ...), when it found one.</summary>
    public DateTimeOffset? CaptureTime
    {
        get => captureTicks == NoTime ? null : new DateTimeOffset(captureTicks, TimeSpan.FromMinutes(captureOffsetMinutes));
        init
        {
            captureTicks = value?.Ticks ?? NoTime;
            captureOffsetMinutes = (short)(value?.Offset.TotalMinutes ?? 0);
        }
    }
}
