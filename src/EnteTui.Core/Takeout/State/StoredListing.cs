namespace EnteTui.Core.Takeout.State;

/// <summary>A part listing in the compact form kept in the scan cache (part numbers are not stored: they depend on the command line).</summary>
internal sealed record StoredListing(
    int Version,
    PartAccess Access,
    int EntryCount,
    List<StoredEntry> Entries,
    List<StoredJson> Json,
    List<StoredExif> Exif,
    List<StoredProblem> Problems,
    bool HasDates)
{
    public const int CurrentVersion = 2;

    public static StoredListing From(PartListing listing) => new(
        CurrentVersion,
        listing.Access,
        listing.EntryCount,
        listing.Entries.Select(e => new StoredEntry(e.Ordinal, e.Path, e.Size)).ToList(),
        listing.Json.Select(j => new StoredJson(j.Key, j.Value)).ToList(),
        listing.ExifDates.Select(e => new StoredExif(e.Key, e.Value.DateTime.Ticks, (int?)e.Value.Offset?.TotalMinutes)).ToList(),
        listing.Problems.Select(p => new StoredProblem(p.Entry, p.Message)).ToList(),
        listing.HasDates);

    public PartListing ToListing(TakeoutPart part)
    {
        var listing = new PartListing(part, Access) { EntryCount = EntryCount, HasDates = HasDates };
        listing.Entries.AddRange(Entries.Select(e => new TakeoutEntry(part.Number, e.Ordinal, e.Path, e.Size)));
        foreach (var json in Json)
        {
            listing.Json[json.Ordinal] = json.Parsed;
        }

        foreach (var exif in Exif)
        {
            listing.ExifDates[exif.Ordinal] = new CapturedExif(new DateTime(exif.Ticks, DateTimeKind.Unspecified), exif.OffsetMinutes is { } m ? TimeSpan.FromMinutes(m) : null);
        }

        foreach (var problem in Problems)
        {
            listing.Problem(problem.Entry, problem.Message);
        }

        return listing;
    }
}
