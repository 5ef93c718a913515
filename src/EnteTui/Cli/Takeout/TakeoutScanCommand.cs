using EnteTui.Core.Takeout.State;

namespace EnteTui.Cli.Takeout;

/// <summary>
/// `ente-tui takeout scan PART... [--json FILE|-] [--timezone TZ]`: pair every media file with its
/// sidecar across all parts and report what stays unmatched, orphan sidecars and problems per part.
/// The listing of each part is cached (path + size + mtime) so the import and the wizard resume fast.
/// Progress (part i of n, bytes, entries, rate, ETA) is a live line on a terminal, plain lines when redirected;
/// with `--json -` the report goes to stdout and the summary and progress to stderr.
/// Exit 0 when at least one part was readable and none is damaged (other problems are reported, not
/// fatal); 1 when none was readable or a part is truncated or corrupt (the result is incomplete).
/// </summary>
public static class TakeoutScanCommand
{
    public static Command Create(CliHost host) =>
        RequestCommand.Create(host, "scan", "Pair Takeout media with their JSON sidecars across all parts and report unmatched media, orphan sidecars and problems.", new TakeoutScanOptions(), RunAsync);

    private static async Task<int> RunAsync(CliHost host, TakeoutScanRequest request, CancellationToken cancellationToken)
    {
        var console = host.Console;
        var jsonOnStdout = request.JsonPath == JsonReport.StandardOutput;
        var output = ProgressOutput.For(console, json: jsonOnStdout);
        var text = output.Writer;
        var options = new ScanOptions { TimeZone = request.TimeZone };
        var cache = request.UseCache ? host.Get<TakeoutStateStore>() : null;
        var tracker = new ScanProgressTracker(host.Get<TimeProvider>(), ScanProgressReporters.For(output));
        var result = await Task.Run(() => new TakeoutScanner(options, cache, tracker).Scan(request.Parts, cancellationToken), cancellationToken);
        if (request.JsonPath is { } jsonPath)
        {
            JsonReport.Write(jsonPath, console.Out, JsonReport.Readable, w => ScanReportJson.Write(result, w));
        }

        TakeoutScanText.Write(text, result, request.ListLimit);
        if (request.JsonPath is not null && !jsonOnStdout)
        {
            text.WriteLine($"Report: {Path.GetFullPath(request.JsonPath)}");
        }

        text.Flush();
        if (result.DamagedParts.Count > 0)
        {
            console.Error.WriteLine($"Error: {DamagedParts.Describe(result.Parts)}; the scan is incomplete.");
        }

        return result.Parts.Any(p => p.Part.IsReadable) && result.DamagedParts.Count == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }
}
