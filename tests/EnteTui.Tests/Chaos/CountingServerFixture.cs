using EnteTui.LocalServer;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace EnteTui.Tests.Chaos;

/// <summary>A local server of its own whose request log is kept, so tests count what clients fetched.</summary>
public sealed class CountingServerFixture : IAsyncLifetime
{
    private readonly FakeLoggerProvider logs = new();

    public LocalEnteServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await LocalEnteServer.StartAsync(new LocalServerOptions
    {
        ConfigureLogging = logging => logging.AddProvider(logs),
    });

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        logs.Dispose();
    }

    public void ClearRequests() => logs.Collector.Clear();

    /// <summary>File IDs whose download the server answered (307 to the blob) since the last clear.</summary>
    public List<long> Downloads() =>
        logs.Collector.GetSnapshot()
            .Select(r => r.Message)
            .Where(m => m.StartsWith("GET /files/download/", StringComparison.Ordinal) && m.Contains("-> 307", StringComparison.Ordinal))
            .Select(m => long.Parse(m["GET /files/download/".Length..].Split(' ', '?')[0], System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
}
