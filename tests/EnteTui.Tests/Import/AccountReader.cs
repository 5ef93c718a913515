using EnteTui.Core.Accounts;
using EnteTui.Core.Crypto;
using EnteTui.Core.DependencyInjection;
using EnteTui.Core.Export;
using EnteTui.Core.Storage;
using EnteTui.Core.Sync;
using Microsoft.Extensions.DependencyInjection;

namespace EnteTui.Tests.Import;

/// <summary>
/// Syncs an account back through the client (as the export does) and decrypts each file. The
/// account library is opened per read and closed after it, because only one user at a time may
/// have it open (the CLI runs in between).
/// </summary>
public sealed class AccountReader : IDisposable
{
    private readonly AppPaths paths;
    private readonly ServiceProvider services;
    private readonly AccountSession session;

    public AccountReader(string home, string email)
    {
        paths = AppPaths.Resolve(name => name == AppPaths.HomeVariable ? home : null).EnsureCreated();
        services = new ServiceCollection().AddEnteTuiCore(paths).BuildServiceProvider();
        session = services.GetRequiredService<AccountSessions>().Open(email);
    }

    public async Task<IReadOnlyList<ImportedFile>> FilesAsync()
    {
        using var reading = new ServiceCollection().AddEnteTuiCore(paths).BuildServiceProvider();
        var (library, ring, exportSession) = await SyncedAsync(reading);
        var collections = library.AllCollections().Where(c => !c.IsDeleted).ToDictionary(c => c.Id);
        var result = new List<ImportedFile>();
        foreach (var file in library.Files.FindAll().GroupBy(f => f.FileId))
        {
            var first = file.First();
            var key = ring.FileKey(first, ring.CollectionKey(collections[first.CollectionId]));
            using var plain = new MemoryStream();
            await using (var cipher = await exportSession.Api.DownloadFileAsync(first.FileId, CancellationToken.None))
            {
                await FileCipher.DecryptAsync(cipher, plain, EnteBase64.Decode(first.FileDecryptionHeader), key);
            }

            result.Add(new ImportedFile(
                first.FileId,
                first.Title,
                first.FileType,
                first.CreationTime,
                first.Latitude,
                first.Longitude,
                first.Caption,
                file.Select(f => collections[f.CollectionId].Name).Order(StringComparer.Ordinal).ToArray(),
                plain.ToArray(),
                first.Visibility));
        }

        return result;
    }

    /// <summary>The decrypted thumbnail (JPEG) of the file titled <paramref name="title"/>: its header from the collection diff, its key as the file's.</summary>
    public async Task<byte[]> ThumbnailAsync(string title)
    {
        using var reading = new ServiceCollection().AddEnteTuiCore(paths).BuildServiceProvider();
        var (library, ring, _) = await SyncedAsync(reading);
        var file = library.Files.FindAll().First(f => f.Title == title);
        var collection = library.AllCollections().First(c => c.Id == file.CollectionId);
        var key = ring.FileKey(file, ring.CollectionKey(collection));
        var diff = await session.Api.Collections.GetDiffAsync(file.CollectionId, 0, CancellationToken.None);
        var header = diff.Diff.First(f => f.Id == file.FileId).Thumbnail!.DecryptionHeader;
        using var cipher = new MemoryStream();
        await using (var download = await session.Api.Files.DownloadThumbnailAsync(file.FileId, CancellationToken.None))
        {
            await download.Content.CopyToAsync(cipher);
        }

        return Blob.Decrypt(cipher.ToArray(), EnteBase64.Decode(header), key);
    }

    public void Dispose()
    {
        session.Dispose();
        services.Dispose();
    }

    private async Task<(LibraryStore Library, CollectionKeyRing Ring, ExportSession Session)> SyncedAsync(ServiceProvider reading)
    {
        var export = reading.GetRequiredService<ExportService>();
        var exportSession = ExportSession.From(session);
        await export.SyncAsync(exportSession, CancellationToken.None);
        return (export.Library(session.UserId), exportSession.KeyRing(), exportSession);
    }
}
