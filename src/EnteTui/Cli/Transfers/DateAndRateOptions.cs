using EnteTui.Core.Bandwidth;
using EnteTui.Core.Selection;

namespace EnteTui.Cli.Transfers;

/// <summary>`--since`, `--until` and `--bwlimit`, shared by `export` and `takeout import`.</summary>
internal sealed class DateAndRateOptions(string transfers)
{
    private readonly Option<string?> since = new("--since") { Description = "Only files captured on or after this ISO date or date-time (e.g. 2024-05-01, 2024-05-01T08:30:00+02:00; no offset = UTC)." };
    private readonly Option<string?> until = new("--until") { Description = "Only files captured on or before this ISO date or date-time (a date includes its whole day)." };
    private readonly Option<string?> bwlimit = new("--bwlimit") { Description = $"Limit the bandwidth of all {transfers} together, in bytes per second: 500k, 2M, 1G (1024 multiples, as rclone; a bare number is KiB/s)." };

    public void AddTo(Command command)
    {
        command.Add(since);
        command.Add(until);
        command.Add(bwlimit);
    }

    /// <summary>False with a one-line problem for a bad date or rate.</summary>
    public bool TryRead(ParseResult parse, out CaptureRange dates, out long bytesPerSecond, out string problem)
    {
        bytesPerSecond = 0;
        if (!CaptureRange.TryParse(parse.GetValue(since), parse.GetValue(until), out dates, out problem))
        {
            return false;
        }

        if (parse.GetValue(bwlimit) is { } rate && !BandwidthRate.TryParse(rate, out bytesPerSecond))
        {
            problem = $"--bwlimit must be a rate such as 500k, 2M or 1G (bytes per second), not '{rate}'.";
            return false;
        }

        return true;
    }
}
