using FsCheck;
using FsCheck.Fluent;

namespace EnteTui.Core.Tests.Takeout.Properties;

/// <summary>FsCheck generator of <see cref="SplitTakeoutCase"/>: seed, titles (with repeats), sidecar style, part kinds and a part order.</summary>
public static class SplitTakeoutArbitrary
{
    public static Arbitrary<SplitTakeoutCase> Case()
    {
        var generator =
            from seed in Gen.Choose(0, int.MaxValue - 1)
            from titles in Gen.ListOf(Gen.Choose(0, 100), 12)
            from count in Gen.Choose(1, 12)
            from newStyle in Gen.Elements(true, false)
            from zips in Gen.ListOf(Gen.Elements(true, false), 3)
            from order in Gen.Shuffle(new[] { 0, 1, 2 })
            select SplitTakeoutCase.Build(seed, titles.Take(count).ToList(), newStyle, zips.ToList(), order.ToList());
        return generator.ToArbitrary();
    }
}
