namespace EnteTui.Cli.Takeout;

/// <summary>The arguments of `ente-tui takeout scan` and their validation.</summary>
internal sealed class TakeoutScanOptions : ICommandOptions<TakeoutScanRequest>
{
    public const int DefaultListLimit = 50;

    private readonly Argument<string[]> parts = TakeoutPartsArgument.Create();
    private readonly Option<string?> json = new("--json") { Description = "Write the full report (every pair, orphan and problem) to this JSON file (- for stdout, the summary then on stderr); written even when problems are found." };
    private readonly Option<string?> timezone = new("--timezone") { Description = "Zone for EXIF and file-name times that carry no offset (IANA name, default UTC)." };
    private readonly Option<bool> noCache = new("--no-cache") { Description = "Read every part again instead of using the cached listing of unchanged parts." };
    private readonly Option<int> list = new("--list") { Description = "How many unmatched media, orphans and problems to list (0 = counts only).", DefaultValueFactory = _ => DefaultListLimit };

    public void AddTo(Command command)
    {
        command.Add(parts);
        foreach (var option in new Option[] { json, timezone, noCache, list })
        {
            command.Add(option);
        }
    }

    public bool TryRead(ParseResult parse, out TakeoutScanRequest request, out string problem)
    {
        request = null!;
        TimeZoneInfo? zone = null;
        var zoneName = parse.GetValue(timezone);
        var jsonPath = parse.GetValue(json);
        var jsonDirectory = jsonPath is null or JsonReport.StandardOutput ? null : Path.GetDirectoryName(Path.GetFullPath(jsonPath));
        problem = zoneName is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(zoneName, out zone) ? $"--timezone: unknown time zone '{zoneName}' (use an IANA name such as Europe/Berlin)."
            : jsonPath is not null && (string.IsNullOrWhiteSpace(jsonPath) || Directory.Exists(jsonPath)) ? "--json needs a file name."
            : jsonDirectory is not null && !Directory.Exists(jsonDirectory) ? $"--json: folder {jsonDirectory} does not exist."
            : parse.GetValue(list) < 0 ? "--list must be 0 or more."
            : "";
        if (problem.Length > 0)
        {
            return false;
        }

        request = new TakeoutScanRequest(parse.GetValue(parts) ?? [], jsonPath, zone, !parse.GetValue(noCache), parse.GetValue(list));
        return true;
    }
}
