using EnteTui.Core.Takeout.Matching;
using EnteTui.LocalServer.Fixtures;

namespace EnteTui.LocalServer.Seeding;

/// <summary>Seeds accounts from a folder tree following <see cref="SeedConventions"/>.</summary>
internal sealed class FolderSeeder(Func<AccountSpec, Task<FixtureUser>> userFor, AccountSpec account)
{
    private readonly List<SeededAlbum> albums = [];
    private readonly List<string> skipped = [];

    public async Task<SeedResult> SeedAsync(string root, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"Seed folder not found: {root}");
        }

        var owner = await userFor(account);
        var looseFiles = Files(root);
        if (looseFiles.Count > 0)
        {
            await SeedAlbumAsync(owner, SeedConventions.UncategorizedName, new AlbumShape("uncategorized", 0, 0, false), looseFiles, cancellationToken);
        }

        var defaultHidden = Path.Combine(root, SeedConventions.DefaultHiddenFolder);
        if (Directory.Exists(defaultHidden))
        {
            await SeedAlbumAsync(owner, SeedConventions.DefaultHiddenFolder, new AlbumShape("album", 2, 1, false), Files(defaultHidden), cancellationToken);
        }

        foreach (var folder in Subfolders(root))
        {
            var name = Path.GetFileName(folder);
            if (name.StartsWith(SeedConventions.SharedByPrefix, StringComparison.Ordinal))
            {
                await SeedSharedAsync(folder, name[SeedConventions.SharedByPrefix.Length..], cancellationToken);
            }
            else
            {
                await SeedFolderAsync(owner, folder, cancellationToken);
            }
        }

        return new SeedResult(albums, skipped);
    }

    private async Task SeedSharedAsync(string folder, string sharerEmail, CancellationToken cancellationToken)
    {
        var sharer = await userFor(account with { Email = sharerEmail, EmailMfa = false, TotpSecret = null, Passkey = false, StorageQuotaBytes = null });
        skipped.AddRange(Directory.EnumerateFiles(folder));
        foreach (var albumFolder in Subfolders(folder))
        {
            var album = await SeedFolderAsync(sharer, albumFolder, cancellationToken);
            var role = File.Exists(Path.Combine(albumFolder, SeedConventions.CollaboratorMarker)) ? "COLLABORATOR" : "VIEWER";
            sharer.ShareAlbum(album.Id, account.Email, role);
        }
    }

    private async Task<SeededAlbum> SeedFolderAsync(FixtureUser owner, string folder, CancellationToken cancellationToken)
    {
        bool Marked(string marker) => File.Exists(Path.Combine(folder, marker));
        var shape = new AlbumShape(
            Marked(SeedConventions.FavoritesMarker) ? "favorites" : "album",
            Marked(SeedConventions.HiddenMarker) ? 2 : Marked(SeedConventions.ArchivedMarker) ? 1 : 0,
            0,
            Marked(SeedConventions.LegacyNameMarker));
        foreach (var nested in Directory.EnumerateDirectories(folder))
        {
            skipped.Add(nested);
        }

        return await SeedAlbumAsync(owner, Path.GetFileName(folder), shape, Files(folder), cancellationToken);
    }

    private async Task<SeededAlbum> SeedAlbumAsync(FixtureUser owner, string name, AlbumShape shape, List<string> files, CancellationToken cancellationToken)
    {
        var albumId = shape.LegacyName ? owner.CreateLegacyAlbum(name) : owner.CreateAlbum(name, shape.Type, shape.Visibility, shape.SubType);
        var seeded = new List<SeededFile>();
        foreach (var group in LivePhotoPairs.Group(files))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var media = group.Count == 2
                ? await MediaPreparer.PrepareLivePhotoAsync(group[0], group[1], cancellationToken)
                : await MediaPreparer.PrepareAsync(group[0], cancellationToken);
            var fileId = await owner.UploadAsync(albumId, media);
            seeded.Add(new SeededFile(fileId, media.Title, media.FileType, group));
        }

        var album = new SeededAlbum(albumId, name, shape.Type, owner.Email, shape.Visibility, seeded);
        albums.Add(album);
        return album;
    }

    private List<string> Files(string folder)
    {
        var media = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (name.StartsWith('.'))
            {
                continue;
            }

            if (MediaTypes.IsMedia(file))
            {
                media.Add(file);
            }
            else
            {
                skipped.Add(file);
            }
        }

        return media;
    }

    private static IEnumerable<string> Subfolders(string folder) =>
        Directory.EnumerateDirectories(folder).Where(d => !Path.GetFileName(d).StartsWith('.')).Order(StringComparer.Ordinal);

    private sealed record AlbumShape(string Type, int Visibility, int SubType, bool LegacyName);
}
