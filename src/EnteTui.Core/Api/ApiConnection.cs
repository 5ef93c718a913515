using System.Net.Http.Headers;

namespace EnteTui.Core.Api;

/// <summary>
/// One account's view of the API host: base URL, token and the shared pipeline. Adds
/// <c>X-Client-Package</c> to every call and <c>X-Auth-Token</c> only to requests for this host.
/// </summary>
public sealed class ApiConnection
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json");

    private readonly string? token;

    internal ApiConnection(EnteHttp http, string endpoint, string? token, string? accountEmail)
    {
        Http = http;
        Endpoint = EnteEndpoint.Normalize(endpoint);
        this.token = string.IsNullOrEmpty(token) ? null : token;
        AccountEmail = accountEmail;
        Storage = new ObjectStorage(this);
    }

    public string Endpoint { get; }

    public string? AccountEmail { get; }

    public bool IsAuthenticated => token is not null;

    internal EnteHttp Http { get; }

    /// <summary>Object storage as this connection reaches it: never with the token or any Ente header.</summary>
    internal ObjectStorage Storage { get; }

    public override string ToString() => $"{Endpoint} ({AccountEmail ?? "no account"})";

    internal Uri Url(string pathAndQuery) => new($"{Endpoint}/{pathAndQuery.TrimStart('/')}");

    internal ApiCallContext Call(string pathAndQuery) =>
        new(EnteEndpoint.Describe(Url(pathAndQuery)), Endpoint, AccountEmail, token);

    /// <summary>A request to the API host, with the Ente headers (and the token when logged in).</summary>
    internal HttpRequestMessage CreateRequest(HttpMethod method, string pathAndQuery, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, Url(pathAndQuery)) { Content = content };
        request.Headers.Add(ApiHeaders.ClientPackage, ApiHeaders.PhotosPackage);
        if (token is not null)
        {
            request.Headers.Add(ApiHeaders.AuthToken, token);
        }

        return request;
    }

    /// <summary>
    /// A download from the API host (spec §4.8): the token rides in `?token=`, never in a header, as
    /// Ente's web client does. museum answers with a 307 to object storage and logs a token header on
    /// these paths as "critical: sending token to another service". Logs and messages name the path only.
    /// </summary>
    internal HttpRequestMessage CreateDownloadRequest(string path)
    {
        var query = token is null ? "" : $"?token={Uri.EscapeDataString(token)}";
        var request = new HttpRequestMessage(HttpMethod.Get, Url(path + query));
        request.Headers.Add(ApiHeaders.ClientPackage, ApiHeaders.PhotosPackage);
        return request;
    }

    internal static HttpContent Json<T>(T body)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, EnteJson.Options));
        content.Headers.ContentType = JsonType;
        return content;
    }

    /// <summary>Sends an API request; returns the 2xx response, or throws the mapped error.</summary>
    internal async Task<HttpResponseMessage> SendAsync(
        HttpMethod method,
        string pathAndQuery,
        Func<HttpContent?> content,
        CancellationToken cancellationToken,
        HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead,
        bool retryRateLimit = true)
    {
        var call = Call(pathAndQuery);
        var policy = new RequestPolicy(call.Target, completion, retryRateLimit);
        var response = await Http.SendAsync(() => CreateRequest(method, pathAndQuery, content()), policy, cancellationToken);
        await EnsureSuccessAsync(response, call, cancellationToken);
        return response;
    }

    internal async Task<T> GetJsonAsync<T>(string pathAndQuery, CancellationToken cancellationToken, bool retryRateLimit = true)
    {
        using var response = await SendAsync(HttpMethod.Get, pathAndQuery, static () => null, cancellationToken, retryRateLimit: retryRateLimit);
        return await ReadJsonAsync<T>(response, Call(pathAndQuery), cancellationToken);
    }

    internal async Task<TResponse> SendJsonAsync<TRequest, TResponse>(
        HttpMethod method, string pathAndQuery, TRequest body, CancellationToken cancellationToken, bool retryRateLimit = true)
    {
        using var response = await SendAsync(method, pathAndQuery, () => Json(body), cancellationToken, retryRateLimit: retryRateLimit);
        return await ReadJsonAsync<TResponse>(response, Call(pathAndQuery), cancellationToken);
    }

    /// <summary>For endpoints that answer 200 with an empty (or ignorable) body.</summary>
    internal async Task SendJsonAsync<TRequest>(
        HttpMethod method, string pathAndQuery, TRequest body, CancellationToken cancellationToken, bool retryRateLimit = true)
    {
        using var response = await SendAsync(method, pathAndQuery, () => Json(body), cancellationToken, retryRateLimit: retryRateLimit);
    }

    internal static async Task EnsureSuccessAsync(HttpResponseMessage response, ApiCallContext call, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        try
        {
            throw await ApiErrors.FromResponseAsync(response, call, cancellationToken);
        }
        finally
        {
            response.Dispose();
        }
    }

    internal static async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, ApiCallContext call, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            return await JsonSerializer.DeserializeAsync<T>(stream, EnteJson.Options, cancellationToken)
                ?? throw ApiErrors.InvalidResponse(call);
        }
        catch (JsonException e)
        {
            throw ApiErrors.InvalidResponse(call, e);
        }
    }
}
