using EnteTui.Tui.Shell;

namespace EnteTui.Tests.Tui.Shell;

/// <summary>Cutting text to terminal cells: long paths lose their middle, never their file name.</summary>
public class CellsTests
{
    [Theory]
    [InlineData("Takeout/Google Photos/Photos from 2019/IMG_0001.jpg", 60, "Takeout/Google Photos/Photos from 2019/IMG_0001.jpg")]
    [InlineData("Takeout/Google Photos/Photos from 2019/IMG_0001.jpg", 36, "Takeout/Google Photos/…/IMG_0001.jpg")]
    [InlineData("Takeout/Google Photos/Photos from 2019/IMG_0001.jpg", 30, "Takeout/Google P…/IMG_0001.jpg")]
    [InlineData("Takeout/Google Photos/Photos from 2019/IMG_0001.jpg", 14, "…/IMG_0001.jpg")]
    [InlineData("Takeout/Google Photos/Photos from 2019/IMG_0001.jpg", 12, "IMG_00…1.jpg")]
    [InlineData("a-very-long-file-name-without-a-folder.jpeg", 20, "a-very-lon…lder.jpeg")]
    public void Fit_path_elides_the_middle_and_keeps_the_file_name_whole(string path, int width, string expected)
    {
        var fitted = Cells.FitPath(path, width);

        Assert.Equal(expected, fitted);
        Assert.True(Cells.Width(fitted) <= width);
    }

    [Fact]
    public void Wide_characters_count_two_cells_and_padding_fills_the_column()
    {
        var fitted = Cells.PadPath("Takeout/Google Photos/旅行 2019 東京/写真_0001.jpg", 30);

        Assert.Equal(30, Cells.Width(fitted));
        Assert.StartsWith("Takeout/Google …/写真_0001.jpg", fitted, StringComparison.Ordinal);
    }
}
