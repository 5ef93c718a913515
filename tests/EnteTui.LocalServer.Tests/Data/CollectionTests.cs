using System.Net;
using EnteTui.Core.Api.Wire;
using EnteTui.Core.Crypto;
using EnteTui.LocalServer.Tests.Support;

namespace EnteTui.LocalServer.Tests.Data;

public sealed class CollectionTests
{
    [Fact]
    public async Task Favorites_and_uncategorized_are_unique_and_bad_keys_are_500()
    {
        await using var env = await LoggedInServer.StartAsync();

        var (first, _) = await UploadTests.CreateAlbumAsync(env, "Favorites", "favorites");
        var (second, _) = await UploadTests.CreateAlbumAsync(env, "Favorites", "favorites");
        var (album1, _) = await UploadTests.CreateAlbumAsync(env, "Same", "album");
        var (album2, _) = await UploadTests.CreateAlbumAsync(env, "Same", "album");
        using var badKey = await env.Client.PostAsync("/collections", new CreateCollectionRequest
        {
            EncryptedKey = EnteBase64.Encode(new byte[47]),
            KeyDecryptionNonce = EnteBase64.Encode(new byte[24]),
            Type = "album",
        });

        Assert.Equal(first.Id, second.Id);
        Assert.NotEqual(album1.Id, album2.Id);
        Assert.Equal("photos", album1.App);
        Assert.Equal(HttpStatusCode.InternalServerError, badKey.StatusCode);
        Assert.Equal("{}", await badKey.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Collections_v2_lists_changes_since_a_time_with_tombstones_and_shared_views()
    {
        await using var env = await LoggedInServer.StartAsync();
        await env.Server.CreateAccountAsync(TestServer.Account("friend@example.com"));
        var friend = env.Server.User("friend@example.com");
        var kept = env.User.CreateAlbum("Kept");
        var gone = env.User.CreateAlbum("Gone", visibility: 2);
        var all = await env.Client.GetJsonAsync<CollectionsResponse>("/collections/v2?sinceTime=0");
        var since = all.Collections.Max(c => c.UpdationTime);
        env.User.DeleteAlbum(gone);
        var sharedAlbum = friend.CreateAlbum("From friend", visibility: 1);
        await friend.UploadAsync(sharedAlbum, Uploads.Image("s.jpg"));
        friend.ShareAlbum(sharedAlbum, LoggedInServer.Email);

        var changed = await env.Client.GetJsonAsync<CollectionsResponse>($"/collections/v2?sinceTime={since}");

        Assert.Equal([kept, gone], all.Collections.Select(c => c.Id));
        Assert.NotNull(all.Collections[1].MagicMetadata);
        Assert.Equal(2, changed.Collections.Count);
        Assert.True(changed.Collections[0].IsDeleted);
        var shared = changed.Collections[1];
        Assert.Equal(sharedAlbum, shared.Id);
        Assert.Equal(friend.UserId, shared.Owner.Id);
        Assert.Equal("friend@example.com", shared.Owner.Email);
        Assert.Null(shared.KeyDecryptionNonce);
        Assert.Null(shared.MagicMetadata);
        var key = ClientCrypto.CollectionKey(shared, env.Session);
        Assert.Equal("From friend", ClientCrypto.Name(shared, key));
        var entry = (await env.DiffPagesAsync(sharedAlbum)).SelectMany(p => p.Diff).Single();
        Assert.Equal("s.jpg", (string?)ClientCrypto.Metadata(entry, ClientCrypto.FileKey(entry, key))["title"]);
    }

    [Fact]
    public async Task Diff_of_a_deleted_collection_is_404_and_of_someone_elses_is_403()
    {
        await using var env = await LoggedInServer.StartAsync();
        await env.Server.CreateAccountAsync(TestServer.Account("friend@example.com"));
        var friendAlbum = env.Server.User("friend@example.com").CreateAlbum("Private");
        var mine = env.User.CreateAlbum("Mine");
        env.User.DeleteAlbum(mine);

        using var deleted = await env.Client.GetAsync($"/collections/v2/diff?collectionID={mine}&sinceTime=0");
        using var foreign = await env.Client.GetAsync($"/collections/v2/diff?collectionID={friendAlbum}&sinceTime=0");
        using var deletedGet = await env.Client.GetAsync($"/collections/{mine}");

        Assert.Equal(HttpStatusCode.NotFound, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.OK, deletedGet.StatusCode);
    }
}
