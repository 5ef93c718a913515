namespace EnteTui.Cli.Export;

/// <summary>`ente-tui export`: mirror chosen Ente albums into a local folder (cron-friendly, no screen needed).</summary>
public static class ExportCommands
{
    public static Command Create(CliHost host) =>
        RequestCommand.Create(host, "export", "Export albums to a local folder: one folder per album, original files, a JSON sidecar per file; incremental, mirrored and crash-safe.", new ExportCommandOptions(), RunAsync);

    private static async Task<int> RunAsync(CliHost host, ExportRequest request, CancellationToken cancellationToken)
    {
        var console = host.Console;
        using var account = host.Get<AccountSessions>().Open(request.Email);
        var root = request.Dir ?? account.Account.ExportDir;
        if (string.IsNullOrWhiteSpace(root))
        {
            throw new UsageException($"no export folder for {account.Email}: pass --dir, or set one with `ente-tui account update --email {account.Email} --export-dir DIR`");
        }

        var options = request.Options with { Root = root };
        var session = ExportSession.From(account);
        var service = host.Get<ExportService>();
        var output = ProgressOutput.For(console, request.Json);
        IProgress<ExportProgress> progress = output.Live
            ? new TerminalProgressReporter(output.Writer)
            : new PlainProgressReporter(output.Writer, TimeProvider.System);
        if (request.Watch is { } interval)
        {
            var last = ExitCodes.Success;
            await service.WatchAsync(
                session,
                options,
                interval,
                result => last = Report(console, request.Json, result),
                progress,
                null,
                cancellationToken,
                error => console.Error.WriteLine($"This run failed ({error.Message}); trying again in {Formats.Duration(interval)}."));
            return last == ExitCodes.Interrupted ? ExitCodes.Success : last;
        }

        var outcome = await service.RunAsync(session, options, progress, null, cancellationToken);
        return Report(console, request.Json, outcome);
    }

    private static int Report(ICliConsole console, bool json, ExportResult result)
    {
        if (json)
        {
            JsonReport.Write(console.Out, ExportSummaryDocument.From(result), ReportJsonContext.Default.ExportSummaryDocument, JsonReport.Compact);
        }
        else
        {
            ExportSummaryText.Write(console.Out, result);
        }

        console.Out.Flush();
        return result.Outcome switch
        {
            ExportOutcome.Completed => ExitCodes.Success,
            ExportOutcome.Cancelled => ExitCodes.Interrupted,
            _ => ExitCodes.Failure,
        };
    }
}
