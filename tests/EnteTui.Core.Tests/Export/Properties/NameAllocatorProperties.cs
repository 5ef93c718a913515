using EnteTui.Core.Export;
using FsCheck.Xunit;

namespace EnteTui.Core.Tests.Export.Properties;

[Properties(Arbitrary = [typeof(HostileTitles)], MaxTest = 500)]
public class NameAllocatorProperties
{
    [Property]
    public void Names_allocated_in_one_folder_never_collide_and_stay_portable(string[] titles)
    {
        var allocator = new NameAllocator([".meta", "metadata"]);

        var names = titles.Select(t => allocator.Allocate(PortableName.ForFile(t))).ToList();

        Assert.Equal(names.Count, names.Select(PortablePath.CollisionKey).Distinct().Count());
        Assert.DoesNotContain(names, n => PortablePath.CollisionKey(n) is ".META" or "METADATA");
        Assert.All(names, n => Assert.Null(PortablePath.Violation(n)));
    }

    [Property]
    public void Live_photo_pairs_share_a_suffix_and_never_collide(string[] titles)
    {
        var allocator = new NameAllocator();

        var pairs = titles.Select(t =>
        {
            var (stem, _) = PortableName.Split(PortableName.ForFile(t));
            return allocator.Allocate([stem + ".heic", stem + ".mov"]);
        }).ToList();

        var all = pairs.SelectMany(p => p).ToList();
        Assert.Equal(all.Count, all.Select(PortablePath.CollisionKey).Distinct().Count());
        Assert.All(pairs, p => Assert.Equal(PortableName.Split(p[0]).Base, PortableName.Split(p[1]).Base));
        Assert.All(all, n => Assert.Null(PortablePath.Violation(n)));
    }

    [Property]
    public void The_same_titles_in_the_same_order_give_the_same_names(string[] titles)
    {
        var first = new NameAllocator();
        var second = new NameAllocator();

        Assert.Equal(titles.Select(t => first.Allocate(PortableName.ForFile(t))), titles.Select(t => second.Allocate(PortableName.ForFile(t))));
    }
}
