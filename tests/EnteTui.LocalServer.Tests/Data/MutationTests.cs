using System.Net;
using EnteTui.Core.Api.Wire;
using EnteTui.LocalServer.Fixtures;
using EnteTui.LocalServer.Tests.Support;

namespace EnteTui.LocalServer.Tests.Data;

public sealed class MutationTests
{
    [Fact]
    public async Task Trash_over_http_shows_isDeleted_in_every_album_and_an_entry_in_the_trash_diff()
    {
        await using var env = await LoggedInServer.StartAsync();
        var a = env.User.CreateAlbum("A");
        var b = env.User.CreateAlbum("B");
        var fileId = await env.User.UploadAsync(a, Uploads.Image("t.jpg"));
        env.User.AddToAlbum(fileId, b);
        var before = (await env.DiffPagesAsync(b)).SelectMany(p => p.Diff).Max(f => f.UpdationTime);

        using var trash = await env.Client.PostAsync("/files/trash", new TrashFilesRequest { Items = [new TrashRequestItem { FileId = fileId, CollectionId = a }] });
        var inB = (await env.DiffPagesAsync(b, before)).SelectMany(p => p.Diff).Single();
        var trashDiff = await env.Client.GetJsonAsync<TrashDiffResponse>("/trash/v2/diff?sinceTime=0");
        using var addTrashed = await env.Client.PostAsync("/collections/add-files", new AddFilesRequest
        {
            CollectionId = b,
            Files = [new CollectionFileItem { Id = fileId, EncryptedKey = "AAAA", KeyDecryptionNonce = "AAAA" }],
        });

        Assert.Equal(HttpStatusCode.OK, trash.StatusCode);
        Assert.True(inB.IsDeleted);
        Assert.True((await env.CollectionAsync(b)).UpdationTime >= inB.UpdationTime);
        var item = Assert.Single(trashDiff.Diff);
        Assert.Equal(fileId, item.File!.Id);
        Assert.Equal(a, item.File.CollectionId);
        Assert.False(item.IsDeleted);
        Assert.False(item.IsRestored);
        Assert.True(item.DeleteBy > item.CreatedAt);
        Assert.Equal(HttpStatusCode.Conflict, addTrashed.StatusCode);
        Assert.Contains("FILE_IN_TRASH", await addTrashed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remove_files_leaves_the_other_album_untouched()
    {
        await using var env = await LoggedInServer.StartAsync();
        var a = env.User.CreateAlbum("A");
        var b = env.User.CreateAlbum("B");
        var fileId = await env.User.UploadAsync(a, Uploads.Image("r.jpg"));
        env.User.AddToAlbum(fileId, b);

        using var remove = await env.Client.PostAsync("/collections/v3/remove-files", new RemoveFilesRequest { CollectionId = b, FileIds = [fileId] });

        Assert.Equal(HttpStatusCode.OK, remove.StatusCode);
        Assert.True((await env.DiffPagesAsync(b)).SelectMany(p => p.Diff).Single().IsDeleted);
        Assert.False((await env.DiffPagesAsync(a)).SelectMany(p => p.Diff).Single().IsDeleted);
    }

    [Fact]
    public async Task Magic_metadata_update_needs_the_current_version_and_shows_up_in_the_diff()
    {
        await using var env = await LoggedInServer.StartAsync();
        var album = env.User.CreateAlbum("Edits");
        var fileId = await env.User.UploadAsync(album, Uploads.Image("m.jpg"));
        env.User.EditFile(fileId, new FileEdit { Caption = "first" });
        var collection = await env.CollectionAsync(album);
        var entry = (await env.DiffPagesAsync(album)).SelectMany(p => p.Diff).Single();
        var fileKey = ClientCrypto.FileKey(entry, ClientCrypto.CollectionKey(collection, env.Session));
        Assert.Equal(2, entry.PubMagicMetadata!.Version);
        Assert.Equal("first", (string?)ClientCrypto.MagicMetadata(entry.PubMagicMetadata, fileKey)["caption"]);
        var stale = Update(fileId, entry.PubMagicMetadata, version: 1);
        var current = Update(fileId, entry.PubMagicMetadata, version: 2);

        using var conflict = await env.Client.PutAsync("/files/public-magic-metadata", stale);
        using var ok = await env.Client.PutAsync("/files/public-magic-metadata", current);
        var after = (await env.DiffPagesAsync(album, entry.UpdationTime)).SelectMany(p => p.Diff).Single();

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(3, after.PubMagicMetadata!.Version);
        Assert.True(after.UpdationTime > entry.UpdationTime);
    }

    [Fact]
    public async Task Private_magic_metadata_is_stripped_for_a_sharee()
    {
        await using var env = await LoggedInServer.StartAsync();
        await env.Server.CreateAccountAsync(TestServer.Account("friend@example.com"));
        var friend = env.Server.User("friend@example.com");
        var album = friend.CreateAlbum("Shared");
        var fileId = await friend.UploadAsync(album, Uploads.Image("p.jpg"));
        friend.SetFileVisibility(fileId, 1);
        friend.ShareAlbum(album, LoggedInServer.Email);

        var entry = (await env.DiffPagesAsync(album)).SelectMany(p => p.Diff).Single();
        using var update = await env.Client.PutAsync("/files/magic-metadata", Update(fileId, new MagicMetadataEnvelope { Data = "AA==", Header = "AA==" }, 1));

        Assert.Null(entry.MagicMetadata);
        Assert.Equal(friend.UserId, entry.OwnerId);
        Assert.Equal(HttpStatusCode.Forbidden, update.StatusCode);
    }

    [Fact]
    public async Task Fixture_mutations_rename_delete_and_edit_like_a_client()
    {
        await using var env = await LoggedInServer.StartAsync();
        var album = env.User.CreateAlbum("Old name");
        var fileId = await env.User.UploadAsync(album, Uploads.Image("e.jpg"));
        var edited = new DateTimeOffset(2001, 2, 3, 4, 5, 6, TimeSpan.Zero);

        env.User.RenameAlbum(album, "New name ✓");
        env.User.EditFile(fileId, new FileEdit { EditedTime = edited, Latitude = 1.5, Longitude = -2.5, EditedName = "renamed.jpg" });
        var collection = await env.CollectionAsync(album);
        var file = Assert.Single(env.User.Files(album));
        env.User.DeleteAlbum(album);

        Assert.Equal("New name ✓", ClientCrypto.Name(collection, ClientCrypto.CollectionKey(collection, env.Session)));
        Assert.Equal("renamed.jpg", file.EditedName);
        Assert.Equal(981173106000000, file.EditedTime);
        Assert.True(env.User.Albums().Single(a => a.Id == album).IsDeleted);
        var trash = await env.Client.GetJsonAsync<TrashDiffResponse>("/trash/v2/diff?sinceTime=0");
        Assert.Equal(fileId, Assert.Single(trash.Diff).File!.Id);
    }

    private static UpdateFileMagicMetadataRequest Update(long fileId, MagicMetadataEnvelope envelope, int version) => new()
    {
        MetadataList = [new FileMagicMetadataUpdate { Id = fileId, MagicMetadata = new MagicMetadataEnvelope { Version = version, Count = envelope.Count, Data = envelope.Data, Header = envelope.Header } }],
    };
}
