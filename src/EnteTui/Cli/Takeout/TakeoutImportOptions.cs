using EnteTui.Cli.Transfers;
using EnteTui.Core.Import.Planning;

namespace EnteTui.Cli.Takeout;

/// <summary>The arguments of `ente-tui takeout import` and their validation.</summary>
internal sealed class TakeoutImportOptions : ICommandOptions<TakeoutImportRequest>
{
    private readonly Argument<string[]> parts = TakeoutPartsArgument.Create();
    private readonly Option<string?> email = new("--email") { Description = "The account to import into (needed only when several are set up)." };
    private readonly Option<string?> resolutions = new("--resolutions") { Description = "JSON file of manual pairings: {\"<media path>\": \"<sidecar path>\" | null} (null skips the item)." };
    private readonly Option<string?> album = new("--album") { Description = "Album for media that is in no Takeout album (default: the account's Uncategorized)." };
    private readonly Option<int> parallel = new("--parallel") { Description = "Parallel uploads.", DefaultValueFactory = _ => ImportOptions.DefaultParallelism };
    private readonly Option<bool> skipUnmatched = new("--skip-unmatched") { Description = "Leave out media without a sidecar (by default they are uploaded with dates from EXIF or the file name)." };
    private readonly Option<bool> includeTrashed = new("--include-trashed") { Description = "Also upload items Google marks as trashed." };
    private readonly Option<string> archived = new("--archived") { Description = "Items Google marks as archived: upload (default), archive (upload and archive in Ente) or skip.", DefaultValueFactory = _ => "upload" };
    private readonly Option<string?> timezone = new("--timezone") { Description = "Zone for EXIF and file-name times that carry no offset (IANA name, default UTC)." };
    private readonly Option<bool> dryRun = new("--dry-run") { Description = "Print the plan only: upload nothing." };
    private readonly Option<bool> allowDamaged = new("--allow-damaged") { Description = "Import even when a part is truncated or corrupt (its unreadable entries, sidecars among them, are lost)." };
    private readonly DateAndRateOptions datesAndRate = new("uploads");
    private readonly Option<bool> json = new("--json") { Description = "Print a machine-readable summary on stdout (progress goes to stderr)." };

    public void AddTo(Command command)
    {
        command.Add(parts);
        foreach (var option in new Option[] { email, resolutions, album, parallel, skipUnmatched, includeTrashed, archived, timezone, dryRun, allowDamaged, json })
        {
            command.Add(option);
        }

        datesAndRate.AddTo(command);
    }

    public bool TryRead(ParseResult parse, out TakeoutImportRequest request, out string problem)
    {
        request = null!;
        var archivedMode = parse.GetValue(archived)?.ToLowerInvariant() switch
        {
            "upload" => (ArchivedMode?)ArchivedMode.Upload,
            "archive" => ArchivedMode.Archive,
            "skip" => ArchivedMode.Skip,
            _ => null,
        };
        TimeZoneInfo? zone = null;
        var zoneName = parse.GetValue(timezone);
        var resolutionsPath = parse.GetValue(resolutions);
        problem = archivedMode is null ? "--archived must be upload, archive or skip."
            : parse.GetValue(parallel) is < 1 or > 64 ? "--parallel must be between 1 and 64."
            : zoneName is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(zoneName, out zone) ? $"--timezone: unknown time zone '{zoneName}' (use an IANA name such as Europe/Berlin)."
            : resolutionsPath is not null && !File.Exists(resolutionsPath) ? $"--resolutions: {resolutionsPath} does not exist."
            : parse.GetValue(album) is { } name && string.IsNullOrWhiteSpace(name) ? "--album needs a name."
            : "";
        if (problem.Length > 0 || !datesAndRate.TryRead(parse, out var dates, out var bytesPerSecond, out problem))
        {
            return false;
        }

        var options = new ImportOptions
        {
            AlbumForUnsorted = parse.GetValue(album)?.Trim(),
            Parallelism = parse.GetValue(parallel),
            SkipUnmatched = parse.GetValue(skipUnmatched),
            IncludeTrashed = parse.GetValue(includeTrashed),
            Archived = archivedMode!.Value,
            TimeZone = zone,
            Dates = dates,
            BandwidthLimit = bytesPerSecond,
        };
        request = new TakeoutImportRequest(parse.GetValue(parts) ?? [], parse.GetValue(email), resolutionsPath, options, parse.GetValue(dryRun), parse.GetValue(json), parse.GetValue(allowDamaged));
        return true;
    }
}
