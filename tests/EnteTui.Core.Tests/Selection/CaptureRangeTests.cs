using EnteTui.Core.Selection;

namespace EnteTui.Core.Tests.Selection;

public class CaptureRangeTests
{
    [Theory]
    [InlineData("2024-05-01", "2024-05-31", "2024-04-30T23:59:59Z", false)]
    [InlineData("2024-05-01", "2024-05-31", "2024-05-01T00:00:00Z", true)]
    [InlineData("2024-05-01", "2024-05-31", "2024-05-31T23:59:59.999Z", true)]
    [InlineData("2024-05-01", "2024-05-31", "2024-06-01T00:00:00Z", false)]
    [InlineData("2024-05-01T02:00:00+02:00", "2024-05-01T10:00:00", "2024-05-01T00:00:00Z", true)]
    [InlineData("2024-05-01T02:00:00+02:00", "2024-05-01T10:00:00", "2024-04-30T23:59:59Z", false)]
    [InlineData("2024-05-01T02:00:00+02:00", "2024-05-01T10:00:00", "2024-05-01T10:00:00.5Z", true)]
    [InlineData("2024-05-01T02:00:00+02:00", "2024-05-01T10:00:00", "2024-05-01T10:00:01Z", false)]
    public void Both_ends_are_inclusive_a_date_covers_its_day_and_a_date_time_its_second(string since, string until, string time, bool inside)
    {
        Assert.True(CaptureRange.TryParse(since, until, out var range, out _));

        Assert.Equal(inside, range.Contains(DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Epoch_microseconds_are_compared_as_instants()
    {
        Assert.True(CaptureRange.TryParse("2024-05-01", null, out var range, out _));

        Assert.True(range.Contains(1_714_521_600_000_000));
        Assert.False(range.Contains(1_714_521_599_999_999));
    }

    [Theory]
    [InlineData("2024-13-01", null, "--since")]
    [InlineData(null, "31/05/2024", "--until")]
    [InlineData("2024-06-01", "2024-05-01", "--since")]
    public void Bad_values_name_their_option(string? since, string? until, string option)
    {
        Assert.False(CaptureRange.TryParse(since, until, out _, out var problem));
        Assert.StartsWith(option, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_capture_time_is_inside_only_an_open_window()
    {
        Assert.True(CaptureRange.All.Contains((DateTimeOffset?)null));
        Assert.False(new CaptureRange(DateTimeOffset.UnixEpoch, null).Contains((DateTimeOffset?)null));
    }
}
