using EnteTui.LocalServer;

namespace EnteTui.Tests.Export;

/// <summary>A server of its own for the kill test (it adds download latency).</summary>
public sealed class KillFixture : IAsyncLifetime
{
    public LocalEnteServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await LocalEnteServer.StartAsync(LocalServerOptions.ManyLogins);

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
