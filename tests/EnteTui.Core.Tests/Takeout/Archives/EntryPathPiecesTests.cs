using EnteTui.Core.Import.Planning;
using EnteTui.Core.Takeout.Archives;

namespace EnteTui.Core.Tests.Takeout.Archives;

/// <summary>Paths kept as folder + file name compare, match and sort exactly as the whole path strings do.</summary>
public class EntryPathPiecesTests
{
    private static readonly string Long = new('x', 600);

    private static readonly string[] Samples =
    [
        "IMG_1.jpg",
        "Takeout/Google Photos/A/x.jpg",
        "Takeout/Google Photos/A B/y.jpg",
        "Takeout/Google Photos/A-B/a.jpg",
        "Takeout/Google Photos/A/B/a.jpg",
        "Takeout/Google Photos/Photos from 2020/IMG_1.jpg",
        "Takeout/Google Photos/Photos from 2020/IMG_1(1).jpg",
        "Takeout/Google Photos/Photos from 2020/img_1.jpg",
        "Takeout/Google Photos/Photos from 2020/é.jpg",
        $"Takeout/Google Photos/{Long}/a.jpg",
        $"Takeout/Google Photos/{Long}/b.jpg",
    ];

    public static TheoryData<string> Paths => new(Samples);

    private static IEnumerable<string> All() => Samples;

    [Fact]
    public void Pieces_order_like_the_ordinal_order_of_whole_paths()
    {
        var paths = All().ToList();
        foreach (var a in paths)
        {
            foreach (var b in paths)
            {
                var expected = Math.Sign(string.CompareOrdinal(a, b));
                Assert.Equal(expected, Math.Sign(EntryPathOrder.Compare(new TakeoutEntry(1, 0, a, 1), new TakeoutEntry(2, 5, b, 1))));
                Assert.Equal(expected, Math.Sign(MediaPathOrder.Instance.Compare(new ImportMedia { Path = a, Size = 1 }, new ImportMedia { Path = b, Size = 1 })));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void An_entry_has_its_own_path_and_no_other(string path)
    {
        var entry = new TakeoutEntry(1, 0, path, 1);
        Assert.True(entry.HasPath(path));
        Assert.All(All().Where(p => p != path), other => Assert.False(entry.HasPath(other)));
        Assert.Equal(!path.Contains('/'), entry.HasPath(path.Replace('/', '\\')));
        Assert.False(entry.HasPath(path + "x"));
        Assert.False(entry.HasPath("x" + path));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Import_media_built_from_the_scan_pieces_have_the_same_path(string path)
    {
        var entry = new TakeoutEntry(1, 0, path, 1);
        var fromPieces = new ImportMedia { Folder = entry.Folder, FileName = entry.FileName, Size = 1 };
        var fromPath = new ImportMedia { Path = path, Size = 1 };
        Assert.Equal(path, fromPieces.Path);
        Assert.Equal(path, fromPath.Path);
        Assert.Equal(Path.GetFileName(path), fromPath.FileName);
        Assert.Equal(fromPieces, fromPath);
    }
}
