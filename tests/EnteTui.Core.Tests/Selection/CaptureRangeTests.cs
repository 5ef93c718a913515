using EnteTui.Core.Selection;

namespace EnteTui.Core.Tests.Selection;

public class CaptureRangeTests
{
    [Fact]
    public void A_date_until_covers_its_whole_day_and_a_date_since_starts_at_midnight_utc()
    {
        Assert.True(CaptureRange.TryParse("2024-05-01", "2024-05-31", out var range, out _));

        Assert.False(range.Contains(new DateTimeOffset(2024, 4, 30, 23, 59, 59, TimeSpan.Zero)));
        Assert.True(range.Contains(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.True(range.Contains(new DateTimeOffset(2024, 5, 31, 23, 59, 59, 999, TimeSpan.Zero)));
        Assert.False(range.Contains(new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Date_times_honour_their_offset_and_an_until_second_is_inclusive()
    {
        Assert.True(CaptureRange.TryParse("2024-05-01T02:00:00+02:00", "2024-05-01T10:00:00", out var range, out _));

        Assert.True(range.Contains(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.False(range.Contains(new DateTimeOffset(2024, 4, 30, 23, 59, 59, TimeSpan.Zero)));
        Assert.True(range.Contains(new DateTimeOffset(2024, 5, 1, 10, 0, 0, 500, TimeSpan.Zero)));
        Assert.False(range.Contains(new DateTimeOffset(2024, 5, 1, 10, 0, 1, TimeSpan.Zero)));
        Assert.True(range.Contains(1_714_521_600_000_000));
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
