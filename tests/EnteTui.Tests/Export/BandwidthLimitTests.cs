using System.Security.Cryptography;
using EnteTui.LocalServer;
using EnteTui.LocalServer.Traffic;
using Xunit.Abstractions;

namespace EnteTui.Tests.Export;

/// <summary>
/// `--bwlimit` measured where the bytes flow: the local server counts the object bytes it serves per
/// 100 ms. Genuinely takes about 6 s of real time (3 MiB at 512 KiB/s, four parallel downloads; a
/// rate a loaded two-core machine sustains with room to spare). The files are small (64 KiB) on
/// purpose: loopback receive buffers grow to megabytes, so one big response would be handed to the
/// kernel at once; with small ones each connection is at most one response ahead of the client, and
/// the server's slope is the client's rate.
/// </summary>
public class BandwidthLimitTests(BandwidthLimitTests.SmallBufferServer fixture, ITestOutputHelper output) : IClassFixture<BandwidthLimitTests.SmallBufferServer>
{
    private const long Limit = 512L << 10;

    [SkippableFact]
    public async Task Parallel_downloads_together_stay_within_the_limit_as_the_server_measures_it()
    {
        using var s = await ExportScenario.CreateAsync(fixture.Server, Enumerable.Range(1, 48).ToDictionary(i => $"Big/big{i}.jpg", _ => RandomNumberGenerator.GetBytes(64 << 10)));
        s.User.ResetTraffic();

        var run = await s.ExportAsync("--parallel", "4", "--bwlimit", "512k");

        Assert.True(run.ExitCode == 0, run.Error + run.Out);
        Assert.Equal(s.ExpectedTree(), s.ActualTree());
        AssertRate(s.User.Traffic().Sent, output);
    }

    /// <summary>At least 5 s of transfer, and the rate after the first half second (socket buffers filling) within 15% of the limit.</summary>
    internal static void AssertRate(TrafficDirection traffic, ITestOutputHelper output)
    {
        Assert.True(traffic.Bytes >= 3L << 20, $"only {traffic.Bytes} bytes moved");
        var span = traffic.Samples[^1].AtMilliseconds + TrafficMeter.BucketMilliseconds - traffic.Samples[0].AtMilliseconds;
        Assert.True(span >= 5000, $"the transfer took {span} ms by the server's clock");
        var rate = traffic.RateAfter(500)!.Value;
        Skip.If(rate < Limit * 0.85, $"the machine was too busy to keep the transfers saturated: {rate / 1024:F0} KiB/s, below the {Limit / 1024} KiB/s limit, so the limit's accuracy could not be measured");
        output.WriteLine($"server-measured rate {rate / 1024:F0} KiB/s over {span} ms (limit {Limit / 1024} KiB/s)");
        Assert.True(
            Math.Abs(rate - Limit) <= Limit * 0.15,
            $"the server measured {rate / 1024:F0} KiB/s against a limit of {Limit / 1024} KiB/s; KiB per 100 ms: {string.Join(' ', traffic.Samples.Select(x => x.Bytes / 1024))}");
    }

    /// <summary>
    /// A server whose connections keep a 64 KiB send buffer: with the OS's autotuned megabytes on
    /// loopback it would hand the whole download to the kernel at once and count it as sent.
    /// </summary>
    public sealed class SmallBufferServer : IAsyncLifetime
    {
        private LocalEnteServer? server;

        public LocalEnteServer Server => server ?? throw new InvalidOperationException("not started");

        public async Task InitializeAsync() => server = await LocalEnteServer.StartAsync(new LocalServerOptions { SocketSendBufferBytes = 64 * 1024 });

        public async Task DisposeAsync()
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }
        }
    }
}
