using EnteTui.LocalServer.Faults;

namespace EnteTui.Tests.Tui.RealServices;

/// <summary>The seeded server with every file download delayed, so an export can be stopped midway.</summary>
public sealed class SlowDownloadsFixture : SeededServerFixture
{
    protected override FaultOptions? Faults => new() { Latency = TimeSpan.FromMilliseconds(250), IncludePaths = ["/blobs"] };
}
