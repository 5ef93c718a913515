using EnteTui.Cli.Transfers;

namespace EnteTui.Cli.Export;

/// <summary>The options of `ente-tui export` and their validation.</summary>
internal sealed class ExportCommandOptions : ICommandOptions<ExportRequest>
{
    private readonly Option<string?> email = new("--email") { Description = "The account to export (needed only when several are set up)." };
    private readonly Option<string?> dir = new("--dir") { Description = "Export folder (default: the account's export folder)." };
    private readonly Option<string[]> albums = new("--albums") { Description = "Only these albums, by name or ID (repeat or comma-separate).", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string[]> excludeAlbums = new("--exclude-albums") { Description = "Leave these albums out, by name or ID (wins over --albums).", AllowMultipleArgumentsPerToken = true };
    private readonly Option<bool> includeHidden = new("--include-hidden") { Description = "Also export hidden albums." };
    private readonly Option<int> parallel = new("--parallel") { Description = "Parallel downloads.", DefaultValueFactory = _ => ExportOptions.DefaultParallel };
    private readonly Option<string> link = new("--link") { Description = "How a file in several albums is stored: copy (default) or hardlink.", DefaultValueFactory = _ => "copy" };
    private readonly Option<string> deletions = new("--deletions") { Description = "Files removed in Ente: delete (default), trash (move to .trash/) or keep.", DefaultValueFactory = _ => "delete" };
    private readonly Option<int> trashDays = new("--trash-days") { Description = "Prune .trash/ items older than this many days.", DefaultValueFactory = _ => 30 };
    private readonly Option<string> metaDir = new("--meta-dir") { Description = "Sidecar folder inside each album: .meta (default) or metadata.", DefaultValueFactory = _ => ".meta" };
    private readonly Option<bool> xmp = new("--xmp") { Description = "Also write an XMP sidecar beside each file (<name>.xmp: capture time, place, title, caption) for darktable, digiKam and Immich." };
    private readonly Option<bool> setMtime = new("--set-mtime") { Description = "Set each file's modification time to its capture time." };
    private readonly Option<bool> watch = new("--watch") { Description = "Keep running and export changes as they happen." };
    private readonly Option<string> interval = new("--interval") { Description = "With --watch: time between runs (e.g. 30s, 5m, 1h).", DefaultValueFactory = _ => "5m" };
    private readonly Option<bool> verify = new("--verify") { Description = "Check every exported file's size and sidecar, and repair what is missing or wrong." };
    private readonly Option<bool> verifyHash = new("--verify-hash") { Description = "Like --verify, and also check each file's content hash." };
    private readonly Option<bool> dryRun = new("--dry-run") { Description = "Print what would change, change nothing." };
    private readonly DateAndRateOptions datesAndRate = new("downloads");
    private readonly Option<bool> json = new("--json") { Description = "Print a machine-readable summary on stdout (progress goes to stderr)." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { email, dir, albums, excludeAlbums, includeHidden, parallel, link, deletions, trashDays, metaDir, xmp, setMtime, watch, interval, verify, verifyHash, dryRun, json })
        {
            command.Add(option);
        }

        datesAndRate.AddTo(command);
    }

    public bool TryRead(ParseResult parse, out ExportRequest request, out string problem)
    {
        request = null!;
        problem = "";
        var linkMode = parse.GetValue(link)?.ToLowerInvariant() switch { "copy" => (LinkMode?)LinkMode.Copy, "hardlink" => LinkMode.Hardlink, _ => null };
        var deletionMode = parse.GetValue(deletions)?.ToLowerInvariant() switch { "delete" => (DeletionMode?)DeletionMode.Delete, "trash" => DeletionMode.Trash, "keep" => DeletionMode.Keep, _ => null };
        var meta = parse.GetValue(metaDir);
        TimeSpan every = default;
        problem = linkMode is null ? "--link must be copy or hardlink."
            : deletionMode is null ? "--deletions must be delete, trash or keep."
            : meta is not (".meta" or "metadata") ? "--meta-dir must be .meta or metadata."
            : parse.GetValue(parallel) is < 1 or > 64 ? "--parallel must be between 1 and 64."
            : parse.GetValue(trashDays) < 0 ? "--trash-days must not be negative."
            : parse.GetValue(watch) && !IntervalParser.TryParse(parse.GetValue(interval), out every) ? "--interval must look like 30s, 5m or 1h."
            : "";
        if (problem.Length > 0 || !datesAndRate.TryRead(parse, out var dates, out var bytesPerSecond, out problem))
        {
            return false;
        }

        var options = new ExportOptions
        {
            Root = "",
            Albums = parse.GetValue(albums) ?? [],
            ExcludeAlbums = parse.GetValue(excludeAlbums) ?? [],
            IncludeHidden = parse.GetValue(includeHidden),
            Dates = dates,
            BandwidthLimit = bytesPerSecond,
            Parallel = parse.GetValue(parallel),
            Link = linkMode!.Value,
            Deletions = deletionMode!.Value,
            TrashDays = parse.GetValue(trashDays),
            MetaDir = meta!,
            SetMtime = parse.GetValue(setMtime),
            Xmp = parse.GetValue(xmp),
            Verify = parse.GetValue(verify) || parse.GetValue(verifyHash),
            VerifyHash = parse.GetValue(verifyHash),
            DryRun = parse.GetValue(dryRun),
        };
        request = new ExportRequest(parse.GetValue(email), parse.GetValue(dir), options, parse.GetValue(watch) ? every : null, parse.GetValue(json));
        return true;
    }
}
