using EnteTui.Reporting;

namespace EnteTui.Tests.Reporting;

/// <summary>One size and duration format on the command line and in the TUI.</summary>
public class FormatsTests
{
    [Theory]
    [InlineData(0, "0 s")]
    [InlineData(18.4, "18 s")]
    [InlineData(59.6, "1 min 00 s")]
    [InlineData(245, "4 min 05 s")]
    [InlineData(7800, "2 h 10 min")]
    [InlineData(90061, "25 h 01 min")]
    public void Durations_read_as_people_say_them(double seconds, string expected) =>
        Assert.Equal(expected, Formats.Duration(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void An_unknown_duration_is_a_dash_pair() => Assert.Equal("--", Formats.Duration(null));

    [Theory]
    [InlineData(999, "999 B")]
    [InlineData(1500, "1.5 KB")]
    [InlineData(20_000_000, "20 MB")]
    [InlineData(2_500_000_000, "2.5 GB")]
    public void Sizes_use_decimal_units(double bytes, string expected) => Assert.Equal(expected, Formats.Bytes(bytes));

    [Fact]
    public void The_terminal_import_line_has_a_bar_rate_eta_and_the_files_in_flight()
    {
        var writer = new StringWriter();
        var reporter = new TerminalImportProgressReporter(writer);

        reporter.Report(new EnteTui.Core.Import.ImportProgress
        {
            TotalItems = 10,
            DoneItems = 4,
            TotalBytes = 10_000_000,
            DoneBytes = 4_000_000,
            BytesPerSecond = 1_000_000,
            Eta = TimeSpan.FromSeconds(6),
            Current = ["Takeout/Google Photos/Trip/IMG_1.jpg", "Takeout/Google Photos/Trip/IMG_2.jpg"],
        });
        reporter.Finish();

        var text = writer.ToString();
        Assert.StartsWith("\r━━━━━━━━", text);
        Assert.Contains("40%", text);
        Assert.Contains("1.0 MB/s, ETA 6 s", text);
        Assert.Contains("— IMG_1.jpg (+1)", text);
        Assert.EndsWith(Environment.NewLine, text);
    }

    [Theory]
    [InlineData(0, "0 entries")]
    [InlineData(1, "1 entry")]
    [InlineData(1234, "1,234 entries")]
    public void A_count_takes_the_noun_that_fits_it(long value, string expected) =>
        Assert.Equal(expected, Formats.Count(value, "entry", "entries"));
}
