using EnteTui.Core.Bandwidth;

namespace EnteTui.Core.Tests.Bandwidth;

public class BandwidthRateTests
{
    [Theory]
    [InlineData("500k", 500 * 1024)]
    [InlineData("2M", 2 * 1024 * 1024)]
    [InlineData("1.5m", 1536 * 1024)]
    [InlineData("1G", 1024L * 1024 * 1024)]
    [InlineData("100B", 100)]
    [InlineData("10", 10 * 1024)]
    [InlineData("off", 0)]
    [InlineData("0", 0)]
    public void Parses_rclones_forms(string text, long expected)
    {
        Assert.True(BandwidthRate.TryParse(text, out var bytes));
        Assert.Equal(expected, bytes);
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("2X")]
    [InlineData("-1M")]
    [InlineData("")]
    [InlineData("0.5B")]
    public void Refuses_anything_else(string text) => Assert.False(BandwidthRate.TryParse(text, out _));
}
