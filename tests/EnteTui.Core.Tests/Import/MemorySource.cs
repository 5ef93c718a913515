using EnteTui.Core.Import.Planning;

namespace EnteTui.Core.Tests.Import;

/// <summary>Media bytes by path.</summary>
public sealed class MemorySource(Dictionary<string, byte[]> files) : IImportSource
{
    public int Opens { get; private set; }

    public Task<Stream> OpenAsync(ImportMedia media, CancellationToken cancellationToken)
    {
        Opens++;
        return Task.FromResult<Stream>(new MemoryStream(files[media.Path], writable: false));
    }
}
