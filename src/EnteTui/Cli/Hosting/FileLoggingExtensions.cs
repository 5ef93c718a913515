using EnteTui.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog;

namespace EnteTui.Cli.Hosting;

/// <summary>Logs go to a daily file under the state directory, never to the terminal.</summary>
public static class FileLoggingExtensions
{
    public static IServiceCollection AddFileLogging(this IServiceCollection services, AppPaths paths)
    {
        var logger = new LoggerConfiguration()
            .MinimumLevel.Information()
            .WriteTo.File(
                Path.Combine(paths.LogDir, "ente-tui-.log"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 14,
                shared: true)
            .CreateLogger();
        return services.AddLogging(builder => builder.ClearProviders().AddSerilog(logger, dispose: true));
    }
}
