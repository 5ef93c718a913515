namespace EnteTui.Core.Import.Planning;

/// <summary>Opens one media entry straight from its Takeout part (zip, tgz or folder), read-only, forward-only.</summary>
public interface IImportSource
{
    Task<Stream> OpenAsync(ImportMedia media, CancellationToken cancellationToken);
}
