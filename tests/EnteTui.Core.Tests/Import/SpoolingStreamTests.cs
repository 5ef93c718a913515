using EnteTui.Core.Import.Upload;
using EnteTui.Core.Tests.Crypto;

namespace EnteTui.Core.Tests.Import;

/// <summary>The spool copy of a large tgz entry: exactly the bytes read (short reads included), owner-only.</summary>
public sealed class SpoolingStreamTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("spooling-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public async Task Short_reads_pass_through_and_the_spool_holds_exactly_the_bytes_read()
    {
        var bytes = new byte[300_000];
        new Random(7).NextBytes(bytes);
        var spool = Path.Combine(folder.FullName, "content");
        var read = new MemoryStream();

        await using (var stream = new SpoolingStream(new TrickleStream(new MemoryStream(bytes), 1000), spool))
        {
            await stream.CopyToAsync(read, 4096);
        }

        Assert.Equal(bytes, read.ToArray());
        Assert.Equal(bytes, await File.ReadAllBytesAsync(spool));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(spool));
        }
    }
}
