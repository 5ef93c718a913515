using System.Globalization;
using EnteTui.Core.Takeout.Dates;

namespace EnteTui.Core.Tests.Takeout.Dates;

/// <summary>
/// The one rule for a date in a file name, used by the Takeout scan and the import alike: the name
/// shapes of phones and apps, years from 1990 to next year.
/// </summary>
public class FileNameDatesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("IMG_20190512_143000.jpg", "2019-05-12T14:30:00")]
    [InlineData("IMG_20190815_141500.jpg", "2019-08-15T14:15:00")]
    [InlineData("PXL_20230101_120000123.jpg", "2023-01-01T12:00:00")]
    [InlineData("PXL_20230809_203449253.LONG_EXPOSURE-02.ORIGINAL.jpg", "2023-08-09T20:34:49")]
    [InlineData("Screenshot_2020-01-02-03-04-05.png", "2020-01-02T03:04:05")]
    [InlineData("Screenshot_2024-01-14-14-13-33-16_948cd9.jpg", "2024-01-14T14:13:33")]
    [InlineData("Screenshot_20200301-161151.png", "2020-03-01T16:11:51")]
    [InlineData("Screenshot 2019-05-12 at 14.30.22.png", "2019-05-12T14:30:22")]
    [InlineData("IMG-20200101-WA0001.jpg", "2020-01-01T00:00:00")]
    [InlineData("VID-20230325-WA0122.mp4", "2023-03-25T00:00:00")]
    [InlineData("2016-01-05 12.34.56.jpg", "2016-01-05T12:34:56")]
    [InlineData("20231227_152817.jpg", "2023-12-27T15:28:17")]
    [InlineData("signal-2021-03-04-123456.jpg", "2021-03-04T12:34:56")]
    [InlineData("IMG_19900101_000000.jpg", "1990-01-01T00:00:00")]
    [InlineData("IMG_20271231_235959.jpg", "2027-12-31T23:59:59")]
    public void Dates_in_file_names(string name, string expected) =>
        Assert.Equal(DateTime.Parse(expected, CultureInfo.InvariantCulture), FileNameDates.Find(name, Now));

    [Theory]
    [InlineData("1556189729458-8d2e2d13-bca5-467e-a242-9e4cb238e.jpg")]
    [InlineData("IMG_1234.jpg")]
    [InlineData("DSC_0100.JPG")]
    [InlineData("photo 12345678.jpg")]
    [InlineData("20191332_101010.jpg")]
    [InlineData("20190230_101010.jpg")]
    [InlineData("20191345_101010.jpg")]
    [InlineData("scan_19891231_120000.jpg")]
    [InlineData("IMG_20280101_000000.jpg")]
    [InlineData("IMG_20990101_000000.jpg")]
    public void No_date_in_these_names(string name) => Assert.Null(FileNameDates.Find(name, Now));

    [Fact]
    public void The_latest_year_follows_the_clock() =>
        Assert.Null(FileNameDates.Find("IMG_20271231_235959.jpg", new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Folders_in_a_path_are_not_read() =>
        Assert.Null(FileNameDates.Find("Takeout/2019-05-12 Trip/IMG_1234.jpg", Now));
}
