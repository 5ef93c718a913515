using EnteTui.Core.Export;
using EnteTui.Core.Sync;
using EnteTui.Core.Tests.Export.Properties;

namespace EnteTui.Core.Tests.Export;

/// <summary>Inputs the property tests found that once crashed the export or broke a rule.</summary>
public class PortableNameEdgeCaseTests
{
    // Built in code: attribute arguments are stored as UTF-8, which cannot carry a lone surrogate.
    public static TheoryData<string, string> BrokenTitles => new()
    {
        { "a\uD800b.jpg", "a\uFFFDb.jpg" },
        { "\uDFFF", "\uFFFD" },
        { "x\uFFFE\uFFFF.png", "x\uFFFD\uFFFD.png" },
    };

    [Theory]
    [MemberData(nameof(BrokenTitles))]
    public void Lone_surrogates_and_noncharacters_become_replacement_characters(string title, string expected)
    {
        Assert.Equal(expected, PortableName.ForFile(title));
        Assert.Equal(expected, PortableName.ForFolder(title));
    }

    [Fact]
    public void A_name_whose_extension_is_too_long_to_keep_never_ends_in_a_dot_and_is_stable()
    {
        var title = "a ." + new string('x', 130);

        var name = PortableName.ForFile(title);

        Assert.Equal(title, name);
        Assert.Equal("a." + new string('é', 119), PortableName.ForFile("a." + new string('é', 130)));
        Assert.Equal(name, PortableName.ForFile(name));
    }

    [Fact]
    public void Unicode_spaces_left_at_the_end_by_truncation_are_trimmed()
    {
        var name = PortableName.ForFile(new string('x', 237) + "\u3000y");

        Assert.Equal(new string('x', 237), name);
    }

    [Theory]
    [InlineData("COM1\u3000", ".jpg", "COM1_.jpg")]
    [InlineData("LPT\u00B9\u00A0 . . ", "x.png", "LPT\u00B9_.png")]
    public void Truncation_never_leaves_a_windows_device_name(string device, string tail, string expected)
    {
        var title = device + string.Concat(Enumerable.Repeat("\u3000", 90)) + tail;

        Assert.Equal(expected, PortableName.ForFile(title));
    }

    [Fact]
    public void A_device_name_followed_by_dots_cut_at_the_limit_gets_its_underscore_and_fits()
    {
        // FsCheck's shrunk counterexample: the one-byte-shorter refit trims "con " back to "con".
        var title = "con" + string.Concat(Enumerable.Repeat(" .", 110)) + "<*SS" + new string('x', 140);

        var name = PortableName.ForFile(title);

        Assert.StartsWith("con_", name);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(name) <= 255);
        Assert.Null(PortablePath.Violation(name));
    }

    [Fact]
    public void A_device_name_whose_following_spaces_only_fit_at_full_length_gets_its_underscore_after_the_name()
    {
        // FsCheck's shrunk counterexample: 255 bytes keep "COM¹ . . .", 254 trim it to "COM¹".
        var title = "COM¹" + string.Concat(Enumerable.Repeat(" .", 123)) + "鋢lpt9..";

        var name = PortableName.ForFile(title);

        Assert.Equal("COM¹_.鋢lpt9", name);
        Assert.Null(PortablePath.Violation(name));
    }

    [Fact]
    public void Live_photo_parts_keep_one_base_name_when_a_suffix_forces_truncation()
    {
        var stem = new string('é', 120);
        var allocator = new NameAllocator([stem + ".heic"]);

        var names = allocator.Allocate([stem + ".heic", stem + ".mov"]);

        Assert.Equal(PortableName.Split(names[0]).Base, PortableName.Split(names[1]).Base);
        Assert.EndsWith("_1", PortableName.Split(names[0]).Base);
    }

    [Fact]
    public void Selecting_albums_by_name_survives_an_album_name_with_a_lone_surrogate()
    {
        var albums = new[] { new LibraryCollection { Id = 1, Name = "bad\uD800" }, new LibraryCollection { Id = 2, Name = "Trip" } };

        var selected = AlbumSelector.Select(albums, new ExportOptions { Root = "/tmp/x", Albums = ["trip"] });

        Assert.Equal([2L], selected.Select(c => c.Id));
    }
}
