using System.Security.Cryptography;
using EnteTui.LocalServer.Traffic;

namespace EnteTui.Tests.Export;

/// <summary>
/// `--bwlimit` measured where the bytes flow: the local server counts the object bytes it serves per
/// 100 ms. Genuinely takes about 6 s of real time (12 MiB at 2 MiB/s, four parallel downloads).
/// </summary>
public class BandwidthLimitTests(ExportServerFixture fixture) : IClassFixture<ExportServerFixture>
{
    private const long Limit = 2L << 20;

    [Fact]
    public async Task Parallel_downloads_together_stay_within_the_limit_as_the_server_measures_it()
    {
        using var s = await ExportScenario.CreateAsync(fixture.Server, Enumerable.Range(1, 4).ToDictionary(i => $"Big/big{i}.jpg", _ => RandomNumberGenerator.GetBytes(3 << 20)));
        s.User.ResetTraffic();

        var run = await s.ExportAsync("--parallel", "4", "--bwlimit", "2M");

        Assert.True(run.ExitCode == 0, run.Error + run.Out);
        Assert.Equal(s.ExpectedTree(), s.ActualTree());
        AssertRate(s.User.Traffic().Sent);
    }

    /// <summary>At least 5 s of transfer, and the rate after the first half second (socket buffers filling) within 15% of the limit.</summary>
    internal static void AssertRate(TrafficDirection traffic)
    {
        Assert.True(traffic.Bytes >= 12L << 20, $"only {traffic.Bytes} bytes moved");
        var span = traffic.Samples[^1].AtMilliseconds + TrafficMeter.BucketMilliseconds - traffic.Samples[0].AtMilliseconds;
        Assert.True(span >= 5000, $"the transfer took {span} ms by the server's clock");
        var rate = traffic.RateAfter(500)!.Value;
        Assert.True(Math.Abs(rate - Limit) <= Limit * 0.15, $"the server measured {rate / 1024:F0} KiB/s against a limit of {Limit / 1024} KiB/s");
    }
}
