using EnteTui.Core.Import.Sources;

namespace EnteTui.Cli.Takeout;

/// <summary>
/// `ente-tui takeout import PART...`: scan (or take the cached scan), plan, sync the account and
/// upload, resumable. Never prompts. Exit 0 only when every item made it.
/// </summary>
public static class TakeoutImportCommand
{
    public static Command Create(CliHost host) =>
        RequestCommand.Create(host, "import", "Encrypt and upload a Google Takeout into Ente with dates, places, captions and albums; resumable, nothing twice.", new TakeoutImportOptions(), RunAsync);

    private static async Task<int> RunAsync(CliHost host, TakeoutImportRequest request, CancellationToken cancellationToken)
    {
        var console = host.Console;
        var service = host.Get<TakeoutImportService>();
        var pairings = request.ResolutionsPath is null ? null : Resolutions.ReadFile(request.ResolutionsPath);
        var output = ProgressOutput.For(console, request.Json);
        var status = output.Writer;
        status.WriteLine($"Scanning {request.Parts.Count} part(s)...");
        using var job = await service.PrepareAsync(request.Parts, request.Options, pairings, ScanProgressReporters.For(output), cancellationToken);
        status.WriteLine($"Listings: {job.Scan.Parts.Count(p => p.FromCache)} of {job.Scan.Parts.Count} part(s) from the scan cache");
        foreach (var line in job.Resolutions.Problems.Concat(job.Scan.Problems.Select(p => $"part {p.Part}: {p.Entry}: {p.Message}")))
        {
            console.Error.WriteLine($"warning: {line}");
        }

        if (!request.DryRun && DamagedParts.Refuse(job.Scan.Parts, request.AllowDamaged))
        {
            console.Error.WriteLine($"Error: {DamagedParts.Describe(job.Scan.Parts)}; entries lost with it may be sidecars. Download it again, or pass --allow-damaged to import what could be read.");
            return ExitCodes.Failure;
        }

        if (request.DryRun)
        {
            if (request.Json)
            {
                JsonReport.Write(console.Out, ImportPlanDocument.From(job.Plan), ReportJsonContext.Default.ImportPlanDocument, JsonReport.Readable);
            }
            else
            {
                ImportPlanText.Write(console.Out, job.Plan);
            }

            return job.Plan.Groups.Count == 0 && job.Scan.Parts.All(p => p.Entries == 0) ? ExitCodes.Failure : ExitCodes.Success;
        }

        if (service.VideoToolWarning(job.Plan) is { } videoWarning)
        {
            console.Error.WriteLine($"warning: {videoWarning}");
        }

        using var account = host.Get<AccountSessions>().Open(request.Email);
        status.WriteLine($"Importing {job.Plan.Groups.Count} item(s) into {account.Email}...");
        var live = output.Live ? new TerminalImportProgressReporter(status) : null;
        var summary = await service.RunAsync(job, account, live ?? (IProgress<ImportProgress>)new ImportProgressReporter(status, TimeProvider.System), cancellationToken);
        live?.Finish();
        if (request.Json)
        {
            JsonReport.Write(console.Out, ImportSummaryDocument.From(summary), ReportJsonContext.Default.ImportSummaryDocument, JsonReport.Readable);
        }
        else
        {
            ImportSummaryText.Write(console.Out, summary);
        }

        if (summary.StoppedReason is { } reason)
        {
            console.Error.WriteLine($"Error: {reason}");
        }

        console.Out.Flush();
        return summary.Cancelled ? ExitCodes.Interrupted : summary.Succeeded ? ExitCodes.Success : ExitCodes.Failure;
    }
}
