using EnteTui.LocalServer;

namespace EnteTui.Tests.Export;

/// <summary>One local Ente server per test class; each scenario seeds its own account on it.</summary>
public sealed class ExportServerFixture : IAsyncLifetime
{
    private LocalEnteServer? server;

    public LocalEnteServer Server => server ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync() => server = await LocalEnteServer.StartAsync(LocalServerOptions.ManyLogins);

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
