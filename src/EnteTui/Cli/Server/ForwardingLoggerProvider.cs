using Microsoft.Extensions.Logging;

namespace EnteTui.Cli.Server;

/// <summary>Sends the embedded server's logs to the app's own logger factory (the log file under the state dir).</summary>
internal sealed class ForwardingLoggerProvider(ILoggerFactory target) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => target.CreateLogger(categoryName);

    public void Dispose()
    {
        // The target factory belongs to the CLI host.
    }
}
