using EnteTui.Core.Api;

namespace EnteTui.Core.Tests.Api;

public class LengthCheckedStreamTests
{
    [Fact]
    public async Task A_body_shorter_than_announced_throws()
    {
        using var stream = new LengthCheckedStream(new MemoryStream(new byte[50]), 100, "http://h/x");

        var error = await Assert.ThrowsAsync<IncompleteDownloadException>(() => stream.CopyToAsync(Stream.Null));

        Assert.Equal(100, error.Expected);
        Assert.Equal(50, error.Received);
    }

    [Fact]
    public void A_body_longer_than_announced_throws()
    {
        using var stream = new LengthCheckedStream(new MemoryStream(new byte[150]), 100, "http://h/x");

        Assert.Throws<IncompleteDownloadException>(() => stream.CopyTo(Stream.Null));
    }

    [Fact]
    public void An_exact_or_unannounced_body_passes()
    {
        using var exact = new LengthCheckedStream(new MemoryStream(new byte[100]), 100, "http://h/x");
        using var unknown = new LengthCheckedStream(new MemoryStream(new byte[7]), null, "http://h/x");

        exact.CopyTo(Stream.Null);
        unknown.CopyTo(Stream.Null);

        Assert.Equal(100, exact.Position);
        Assert.Equal(7, unknown.Position);
    }

    [Fact]
    public async Task A_stalled_body_fails_after_the_idle_timeout()
    {
        var pipe = new System.IO.Pipelines.Pipe();
        await pipe.Writer.WriteAsync(new byte[10]);
        using var stream = new LengthCheckedStream(pipe.Reader.AsStream(), 100, "http://h/x", TimeSpan.FromMilliseconds(200));

        var error = await Assert.ThrowsAsync<IOException>(() => stream.CopyToAsync(Stream.Null));

        Assert.Contains("stalled", error.Message);
    }
}
