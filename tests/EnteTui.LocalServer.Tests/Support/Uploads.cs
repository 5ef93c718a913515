using EnteTui.Core.Crypto;
using EnteTui.LocalServer.Seeding;

namespace EnteTui.LocalServer.Tests.Support;

/// <summary>Small in-memory media for fixture uploads.</summary>
internal static class Uploads
{
    public static PreparedMedia Image(string title, byte shade = 100, long creationTime = 1_600_000_000_000_000)
    {
        var content = TestMedia.Jpeg(shade: shade);
        return new PreparedMedia
        {
            Title = title,
            FileType = PreparedMedia.Image,
            OpenContent = () => new MemoryStream(content),
            CreationTime = creationTime,
            ModificationTime = creationTime,
            Hash = ContentHash.Compute(content),
            Thumbnail = content,
        };
    }
}
