using EnteTui.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Events;

namespace EnteTui.Cli.Hosting;

/// <summary>
/// Logs go to a daily file under the state directory, never to the terminal. The level is
/// Information unless <c>ENTE_TUI_LOG_LEVEL</c> says otherwise (trace, debug, information, warning, error).
/// </summary>
public static class FileLoggingExtensions
{
    public const string LevelVariable = "ENTE_TUI_LOG_LEVEL";

    public static IServiceCollection AddFileLogging(this IServiceCollection services, AppPaths paths, string? level = null)
    {
        var minimum = ParseLevel(level);
        var template = Path.Combine(paths.LogDir, "ente-tui-.log");
        PrepareTodaysFile(template);
        var logger = new LoggerConfiguration()
            .MinimumLevel.Is(minimum)
            .WriteTo.File(template, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14, shared: true)
            .CreateLogger();
        return services.AddLogging(builder => builder.ClearProviders().SetMinimumLevel(ToMicrosoft(minimum)).AddSerilog(logger, dispose: true));
    }

    public static LogEventLevel ParseLevel(string? level) => level?.Trim().ToLowerInvariant() switch
    {
        "trace" or "verbose" => LogEventLevel.Verbose,
        "debug" => LogEventLevel.Debug,
        "warning" or "warn" => LogEventLevel.Warning,
        "error" => LogEventLevel.Error,
        _ => LogEventLevel.Information,
    };

    private static LogLevel ToMicrosoft(LogEventLevel level) => level switch
    {
        LogEventLevel.Verbose => LogLevel.Trace,
        LogEventLevel.Debug => LogLevel.Debug,
        LogEventLevel.Warning => LogLevel.Warning,
        LogEventLevel.Error or LogEventLevel.Fatal => LogLevel.Error,
        _ => LogLevel.Information,
    };

    /// <summary>
    /// Serilog's shared file sink has no file-mode option (and no lifecycle hooks), so today's file
    /// (named as the daily rolling sink names it) is created 0600 first and then appended to.
    /// </summary>
    private static void PrepareTodaysFile(string template)
    {
        var today = Path.Combine(
            Path.GetDirectoryName(template)!,
            Path.GetFileNameWithoutExtension(template) + DateTime.Now.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + Path.GetExtension(template));
        try
        {
            if (!File.Exists(today))
            {
                OwnerOnlyFiles.WriteAllBytes(today, []);
            }

            OwnerOnlyFiles.RestrictFile(today);
        }
        catch (IOException)
        {
            // Another process created it at the same moment; it did the same.
        }
    }
}
