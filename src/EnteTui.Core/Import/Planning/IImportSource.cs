namespace EnteTui.Core.Import.Planning;

/// <summary>Opens one media entry straight from its Takeout part (zip, tgz or folder), read-only, forward-only.</summary>
public interface IImportSource
{
    Task<Stream> OpenAsync(ImportMedia media, CancellationToken cancellationToken);

    /// <summary>
    /// True when the media's part is read forward only (tar, tgz): its entries are read one at a
    /// time in order, and each only once.
    /// </summary>
    bool IsSequential(ImportMedia media) => false;
}
