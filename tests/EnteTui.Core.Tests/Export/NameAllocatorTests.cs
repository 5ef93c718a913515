using EnteTui.Core.Export;

namespace EnteTui.Core.Tests.Export;

public class NameAllocatorTests
{
    [Fact]
    public void Collisions_are_case_insensitive_and_numbered_before_the_extension()
    {
        var allocator = new NameAllocator();
        Assert.Equal("a.jpg", allocator.Allocate("a.jpg"));
        Assert.Equal("A_1.JPG", allocator.Allocate("A.JPG"));
        Assert.Equal("a_2.jpg", allocator.Allocate("a.jpg"));
    }

    [Fact]
    public void Reserved_names_are_never_handed_out()
    {
        var allocator = new NameAllocator([".meta", "metadata"]);
        Assert.Equal("Metadata_1", allocator.Allocate("Metadata"));
    }

    [Fact]
    public void Live_photo_parts_share_one_suffix()
    {
        var allocator = new NameAllocator(["IMG_1.mov"]);
        Assert.Equal(["IMG_1_1.heic", "IMG_1_1.mov"], allocator.Allocate(["IMG_1.heic", "IMG_1.mov"]));
    }

    [Fact]
    public void A_foreign_file_is_skipped_unless_the_claimant_accepts_it()
    {
        var allocator = new NameAllocator();
        allocator.AddForeign("x.jpg");
        Assert.Equal("x_1.jpg", allocator.Allocate("x.jpg", _ => false));
        var other = new NameAllocator();
        other.AddForeign("x.jpg");
        Assert.Equal("x.jpg", other.Allocate("x.jpg", _ => true));
    }
}
