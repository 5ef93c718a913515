namespace EnteTui.Core.Takeout.Archives;

/// <summary>
/// Everything the scan keeps of one part: its file entries (accepted ones only), how many entries
/// were read in all, the parsed JSON files and (for sequential parts) EXIF dates captured on the way.
/// </summary>
public sealed class PartListing(TakeoutPart part, PartAccess access)
{
    public TakeoutPart Part { get; set; } = part;

    public PartAccess Access { get; set; } = access;

    /// <summary>Every file entry read, including ignored and rejected ones.</summary>
    public int EntryCount { get; set; }

    /// <summary>False for a sequential part listed without reading EXIF dates (by the import): a scan that wants dates reads it again.</summary>
    public bool HasDates { get; set; } = true;

    public List<TakeoutEntry> Entries { get; } = [];

    public Dictionary<int, ParsedJson> Json { get; } = [];

    public Dictionary<int, CapturedExif> ExifDates { get; } = [];

    public List<TakeoutProblem> Problems { get; } = [];

    /// <summary>The part could not be read to its end (truncated or corrupt): entries after the damage, sidecars among them, are missing.</summary>
    public bool Damaged { get; private set; }

    public void Problem(string? entry, string message) => Problems.Add(new TakeoutProblem(Part.Number, entry, message));

    public void Damage(string message)
    {
        Damaged = true;
        Problem(null, message);
    }
}
