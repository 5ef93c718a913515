using EnteTui.Core.Api.Wire;
using EnteTui.LocalServer.Fixtures;

namespace EnteTui.LocalServer.Tests.Support;

/// <summary>A running server with one provisioned account, a logged-in HTTP client and its fixture user.</summary>
internal sealed class LoggedInServer : IAsyncDisposable
{
    private LoggedInServer(LocalEnteServer server, TestClient client, Session session, FixtureUser user)
    {
        Server = server;
        Client = client;
        Session = session;
        User = user;
    }

    public const string Email = "owner@example.com";

    public LocalEnteServer Server { get; }

    public TestClient Client { get; }

    public Session Session { get; }

    public FixtureUser User { get; }

    public static async Task<LoggedInServer> StartAsync(LocalServerOptions? options = null)
    {
        var server = await TestServer.StartAsync(options);
        var account = await server.CreateAccountAsync(TestServer.Account(Email));
        var client = new TestClient(server.BaseUrl);
        // SRP itself is covered by the auth tests; here a server-issued token saves seconds of 4096-bit math.
        var session = await client.UseIssuedTokenAsync(account.UserId, server.IssueToken(Email), TestServer.Password);
        return new LoggedInServer(server, client, session, server.User(Email));
    }

    public async Task<Collection> CollectionAsync(long id) =>
        (await Client.GetJsonAsync<CollectionResponse>($"/collections/{id}")).Collection!;

    public async Task<List<CollectionDiffResponse>> DiffPagesAsync(long collectionId, long sinceTime = 0)
    {
        var pages = new List<CollectionDiffResponse>();
        while (true)
        {
            var page = await Client.GetJsonAsync<CollectionDiffResponse>($"/collections/v2/diff?collectionID={collectionId}&sinceTime={sinceTime}");
            pages.Add(page);
            if (!page.HasMore || page.Diff.Count == 0)
            {
                return pages;
            }

            sinceTime = page.Diff.Max(f => f.UpdationTime);
        }
    }

    /// <summary>Follows a download or preview path's redirect and fetches the blob from storage with a client that holds no token.</summary>
    public async Task<byte[]> DownloadAsync(string path)
    {
        using var redirect = await Client.GetAsync(path);
        using var storage = new HttpClient();
        return await storage.GetByteArrayAsync(redirect.Headers.Location);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
