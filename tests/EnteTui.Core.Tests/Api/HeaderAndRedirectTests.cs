using System.Text;
using EnteTui.Core.Api.Wire;
using EnteTui.Core.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace EnteTui.Core.Tests.Api;

public class HeaderAndRedirectTests
{
    private const string Token = "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=";

    [Fact]
    public async Task Every_api_call_carries_the_client_package_and_only_logged_in_calls_the_token()
    {
        await using var server = await ScriptedHttpServer.StartAsync((context, _) => context.Response.WriteAsync("""{"hasSetKeys":false}"""));
        using var api = new TestApi();

        await api.Factory.Create(server.BaseUrl).Auth.GetSrpAttributesAsync("a@example.org", CancellationToken.None);
        await api.Factory.Create(server.BaseUrl, Token).Auth.GetSessionValidityAsync(CancellationToken.None);

        var requests = server.Requests.ToArray();
        Assert.All(requests, r => Assert.Equal("io.ente.photos", r.Header("X-Client-Package")));
        Assert.Null(requests[0].Header("X-Auth-Token"));
        Assert.Equal("/users/srp/attributes?email=a%40example.org", requests[0].PathAndQuery);
        Assert.Equal(Token, requests[1].Header("X-Auth-Token"));
        Assert.Equal("/users/session-validity/v2", requests[1].PathAndQuery);
    }

    [Fact]
    public async Task A_download_redirect_is_followed_without_the_token_and_streams_the_object()
    {
        var blob = Enumerable.Range(0, 70_000).Select(i => (byte)i).ToArray();
        await using var storage = await ScriptedHttpServer.StartAsync(async (context, _) =>
        {
            if (context.Request.Headers.ContainsKey("X-Auth-Token") || context.Request.Query.ContainsKey("token"))
            {
                context.Response.StatusCode = 400;
                return;
            }

            context.Response.ContentLength = blob.Length;
            await context.Response.Body.WriteAsync(blob);
        });
        await using var server = await ScriptedHttpServer.StartAsync((context, _) =>
        {
            context.Response.StatusCode = 307;
            context.Response.Headers.Location = $"{storage.BaseUrl}/bucket/42?X-Amz-Signature=secret-signature";
            return Task.CompletedTask;
        });
        using var api = new TestApi();

        await using var download = await api.Factory.Create(server.BaseUrl, Token).Files.DownloadFileAsync(42, CancellationToken.None);
        using var copy = new MemoryStream();
        await download.Content.CopyToAsync(copy);

        Assert.Equal(blob, copy.ToArray());
        Assert.Equal(blob.Length, download.Length);
        Assert.Equal($"{storage.BaseUrl}/bucket/42", download.Source);
        var apiRequest = Assert.Single(server.Requests);
        // Protocol: downloads carry the token as `?token=`, never as a header (museum logs that header as a leak).
        Assert.Equal($"/files/download/42?token={Uri.EscapeDataString(Token)}", apiRequest.PathAndQuery);
        Assert.Null(apiRequest.Header("X-Auth-Token"));
        var storageRequest = Assert.Single(storage.Requests);
        Assert.Null(storageRequest.Header("X-Auth-Token"));
        Assert.Null(storageRequest.Header("X-Client-Package"));
        Assert.DoesNotContain("token", storageRequest.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_relative_thumbnail_redirect_on_the_same_host_also_drops_the_token()
    {
        await using var server = await ScriptedHttpServer.StartAsync(async (context, _) =>
        {
            if (context.Request.Path.StartsWithSegments("/files/preview"))
            {
                context.Response.StatusCode = 307;
                context.Response.Headers.Location = "/blobs/thumb-9";
                return;
            }

            await context.Response.WriteAsync(context.Request.Headers.ContainsKey("X-Auth-Token") ? "leaked" : "thumb");
        });
        using var api = new TestApi();

        await using var download = await api.Factory.Create(server.BaseUrl, Token).Files.DownloadThumbnailAsync(9, CancellationToken.None);
        using var reader = new StreamReader(download.Content);

        Assert.Equal("thumb", await reader.ReadToEndAsync());
        Assert.Equal([$"/files/preview/9?token={Uri.EscapeDataString(Token)}", "/blobs/thumb-9"], server.Requests.Select(r => r.PathAndQuery));
        Assert.All(server.Requests, r => Assert.Null(r.Header("X-Auth-Token")));
    }

    [Fact]
    public async Task A_download_that_ends_early_fails_instead_of_returning_short_data()
    {
        await using var server = await ScriptedHttpServer.StartAsync(async (context, _) =>
        {
            context.Response.ContentLength = 1000;
            await context.Response.Body.WriteAsync(new byte[400]);
            await context.Response.Body.FlushAsync();
            context.Abort();
        });
        using var api = new TestApi();

        // Whether the reset lands before or after the headers depends on scheduling; either way
        // the caller must see a failure, never 400 bytes passed off as the whole file.
        var error = await Record.ExceptionAsync(async () =>
        {
            await using var download = await api.Factory.Create(server.BaseUrl, Token).Files.DownloadFileAsync(1, CancellationToken.None);
            await download.Content.CopyToAsync(Stream.Null);
        });

        Assert.True(error is IOException or EnteTui.Core.Api.EnteApiException, $"Unexpected outcome: {error}");
    }

    [Fact]
    public async Task Uploads_put_bodies_without_ente_headers_and_return_etags_verbatim()
    {
        await using var storage = await ScriptedHttpServer.StartAsync((context, n) =>
        {
            context.Response.Headers.ETag = $"\"etag-{n}\"";
            return Task.CompletedTask;
        });
        using var api = new TestApi();
        var uploads = api.Factory.Create("http://127.0.0.1:1", Token).Uploads;
        var body = Encoding.UTF8.GetBytes("encrypted bytes");

        await uploads.PutObjectAsync($"{storage.BaseUrl}/put/obj?sig=1", () => new MemoryStream(body), body.Length, CancellationToken.None);
        var etag = await uploads.PutPartAsync($"{storage.BaseUrl}/part/1", () => new MemoryStream(body), body.Length, CancellationToken.None);
        await uploads.CompleteMultipartAsync($"{storage.BaseUrl}/complete", ["\"a\"", etag], CancellationToken.None);

        var requests = storage.Requests.ToArray();
        Assert.Equal("\"etag-2\"", etag);
        Assert.All(requests, r => Assert.Null(r.Header("X-Auth-Token")));
        Assert.All(requests, r => Assert.Null(r.Header("X-Client-Package")));
        Assert.Equal(body, requests[0].Body);
        Assert.Equal("PUT", requests[1].Method);
        Assert.Equal("POST", requests[2].Method);
        Assert.StartsWith("text/xml", requests[2].Header("Content-Type"));
        Assert.Equal(
            "<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>\"a\"</ETag></Part><Part><PartNumber>2</PartNumber><ETag>\"etag-2\"</ETag></Part></CompleteMultipartUpload>",
            Encoding.UTF8.GetString(requests[2].Body));
    }

    [Fact]
    public async Task A_retried_put_reopens_its_body()
    {
        await using var storage = await ScriptedHttpServer.StartAsync((context, n) =>
        {
            context.Response.StatusCode = n == 1 ? 503 : 200;
            return Task.CompletedTask;
        });
        using var api = new TestApi();
        var opened = 0;

        await api.Factory.Create("http://127.0.0.1:1").Uploads.PutObjectAsync(
            $"{storage.BaseUrl}/put",
            () =>
            {
                opened++;
                return new MemoryStream([1, 2, 3]);
            },
            3,
            CancellationToken.None);

        Assert.Equal(2, opened);
        Assert.All(storage.Requests, r => Assert.Equal([1, 2, 3], r.Body));
    }

    [Fact]
    public async Task Json_bodies_use_the_wire_names()
    {
        await using var server = await ScriptedHttpServer.StartAsync((context, _) => Task.CompletedTask);
        using var api = new TestApi();

        await api.Factory.Create(server.BaseUrl, Token).Collections.AddFilesAsync(
            new AddFilesRequest { CollectionId = 5, Files = [new CollectionFileItem { Id = 9, EncryptedKey = "k", KeyDecryptionNonce = "n" }] },
            CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("/collections/add-files", request.PathAndQuery);
        Assert.StartsWith("application/json", request.Header("Content-Type"));
        Assert.Equal("""{"collectionID":5,"files":[{"id":9,"encryptedKey":"k","keyDecryptionNonce":"n"}]}""", Encoding.UTF8.GetString(request.Body));
    }
}
