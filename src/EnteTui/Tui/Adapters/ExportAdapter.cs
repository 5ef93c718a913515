using EnteTui.Tui.Screens.ExportProgress;

namespace EnteTui.Tui.Adapters;

/// <summary>Starts exports through the export service, exactly as <c>ente-tui export --albums …</c> would run them.</summary>
public sealed class ExportAdapter(ExportService export, SessionCache sessions, AccountStore store, TimeProvider time, TimeSpan watchInterval) : IExportBackend
{
    public ITransferRun Start(ExportRequest request)
    {
        var session = sessions.Get(request.Account.Email);
        if (session.Account.ExportDir is null)
        {
            // The first export folder becomes the account's default, so `ente-tui export` (cron) finds it too.
            store.Update(session.Email, exportDir: request.Options.ExportDir);
        }

        var (dates, bytesPerSecond) = Shell.DateAndRatePrompts.Parse(request.Options.Since, request.Options.Until, request.Options.BandwidthLimit);
        var options = new ExportOptions
        {
            Root = Path.GetFullPath(request.Options.ExportDir),
            Albums = request.Albums.Select(a => a.CollectionId.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList(),
            IncludeHidden = request.Albums.Any(a => a.IsHidden),
            Parallel = request.Options.Parallel,
            Link = request.Options.Link,
            Deletions = request.Options.Deletions,
            MetaDir = request.Options.MetaDir,
            Xmp = request.Options.Xmp,
            Dates = dates,
            BandwidthLimit = bytesPerSecond,
        };
        return ExportRun.Start(export, ExportSession.From(session), options, request.Continuous, time, watchInterval);
    }
}
