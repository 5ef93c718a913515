using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EnteTui.LocalServer.Tests.Support;

namespace EnteTui.LocalServer.Tests.Admin;

public sealed class AdminApiTests
{
    [Fact]
    public async Task Admin_api_provisions_mutates_and_injects_faults_over_http()
    {
        using var temp = new TempDirectory();
        TestMedia.Write(temp.Combine("seed", "Album"), "one.jpg", TestMedia.Jpeg());
        await using var server = await TestServer.StartAsync();
        using var admin = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };

        using var seeded = await admin.PostAsJsonAsync("/__admin/seed", new { folder = temp.Combine("seed"), email = "a@b.c", password = TestServer.Password, opsLimit = 1, memLimit = TestServer.FastMemLimit });
        Assert.Equal(HttpStatusCode.OK, seeded.StatusCode);
        var created = await (await admin.PostAsJsonAsync("/__admin/users/a@b.c/albums", new { name = "Second" })).Content.ReadFromJsonAsync<JsonObject>();
        var files = await admin.GetFromJsonAsync<JsonArray>("/__admin/users/a@b.c/albums/Album/files");
        var fileId = (long)files![0]!["id"]!;
        using var added = await admin.PostAsync($"/__admin/users/a@b.c/albums/{created!["id"]}/files/{fileId}", null);
        using var renamed = await admin.PostAsJsonAsync("/__admin/users/a@b.c/albums/Album/rename", new { name = "Renamed" });
        using var edited = await admin.PostAsJsonAsync($"/__admin/users/a@b.c/files/{fileId}/edit", new { caption = "hello" });
        using var unknownAlbum = await admin.PostAsJsonAsync("/__admin/users/a@b.c/albums/Nope/rename", new { name = "x" });
        using var faults = await admin.PostAsJsonAsync("/__admin/faults", new { serverErrorRate = 1.0, includePaths = new[] { "/collections" } });

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownAlbum.StatusCode);
        Assert.Equal(HttpStatusCode.OK, faults.StatusCode);
        var user = server.User("a@b.c");
        Assert.Equal(["Renamed", "Second"], user.Albums().Select(a => a.Name));
        Assert.Equal("hello", user.Files(user.Album("Second").Id).Single().Caption);
        using var client = new TestClient(server.BaseUrl);
        await client.LoginAsync("a@b.c", TestServer.Password);
        using var faulted = await client.GetAsync("/collections/v2");
        Assert.Equal(HttpStatusCode.InternalServerError, faulted.StatusCode);
        using var cleared = await admin.DeleteAsync("/__admin/faults");
        using var healthy = await client.GetAsync("/collections/v2");
        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
    }

    [Fact]
    public async Task Admin_api_is_absent_when_disabled()
    {
        await using var server = await TestServer.StartAsync(new LocalServerOptions { EnableAdminApi = false });
        using var admin = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };

        using var response = await admin.GetAsync("/__admin/faults");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
