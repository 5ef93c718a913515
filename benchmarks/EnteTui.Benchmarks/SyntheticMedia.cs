using EnteTui.Core.Crypto;
using EnteTui.LocalServer.Seeding;

namespace EnteTui.Benchmarks;

/// <summary>Pseudo-random photos of a given size, generated on the fly (a 2 GB file never sits in memory).</summary>
internal static class SyntheticMedia
{
    private static readonly byte[] Thumbnail = new byte[512];

    public static async Task<PreparedMedia> CreateAsync(string title, long size, int seed)
    {
        await using var stream = new SyntheticStream(size, seed);
        var hash = await ContentHash.ComputeAsync(stream);
        return new PreparedMedia
        {
            Title = title,
            FileType = PreparedMedia.Image,
            OpenContent = () => new SyntheticStream(size, seed),
            CreationTime = 1_700_000_000_000_000 + (seed * 1_000_000L),
            ModificationTime = 1_700_000_000_000_000,
            Hash = hash,
            Thumbnail = Thumbnail,
        };
    }
}
