using EnteTui.Core.Takeout.Archives;
using EnteTui.Core.Takeout.Scanning;
using EnteTui.Core.Tests.Takeout.Support;

namespace EnteTui.Core.Tests.Takeout.Scanning;

/// <summary>An already extracted Takeout folder works in place of parts, with archive-like paths.</summary>
public class FolderInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("Takeout")]
    [InlineData("Takeout/Google Photos")]
    public void Extracted_folder_paths_look_like_archive_paths(string given)
    {
        using var dir = new TempDir();
        ArchiveWriter.Folder(dir.Path,
        [
            new("Takeout/Google Photos/Photos from 2020/a.jpg", [1]),
            new("Takeout/Google Photos/Photos from 2020/a.jpg.json", SidecarJson.Media("a.jpg", 5)),
        ]);

        var result = new TakeoutScanner(new ScanOptions()).Scan([Path.Combine(dir.Path, given)]);

        Assert.Equal(PartKind.Folder, result.Parts[0].Part.Kind);
        var pair = Assert.Single(result.Pairs);
        Assert.Equal("Takeout/Google Photos/Photos from 2020/a.jpg", pair.Media.Path);
        Assert.Equal("Takeout/Google Photos/Photos from 2020/a.jpg.json", pair.Sidecar?.Path);
    }

    [Fact]
    public void A_folder_and_an_archive_of_the_same_takeout_combine()
    {
        using var dir = new TempDir();
        ArchiveWriter.Folder(dir.File("x"), [new("Takeout/Google Photos/Photos from 2020/a(1).jpg", [1])]);
        ArchiveWriter.Tgz(dir.File("p.tgz"), [new("Takeout/Google Photos/Photos from 2020/a.jpg(1).json", SidecarJson.Media("a.jpg", 5))]);

        var pair = Assert.Single(new TakeoutScanner(new ScanOptions()).Scan([dir.File("x"), dir.File("p.tgz")]).Pairs);

        Assert.Equal(("Takeout/Google Photos/Photos from 2020/a.jpg(1).json", 2), (pair.Sidecar?.Path, pair.Sidecar?.Part));
    }
}
