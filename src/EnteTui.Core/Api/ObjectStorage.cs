using System.Net;

namespace EnteTui.Core.Api;

/// <summary>
/// Requests to object storage (presigned S3 URLs, or the local server's blob URLs). These carry no
/// Ente headers at all: the URL authorises itself, and the token must never leave the API host.
/// </summary>
internal sealed class ObjectStorage
{
    private const int MaxRedirects = 5;

    private readonly ApiConnection connection;

    public ObjectStorage(ApiConnection connection) => this.connection = connection;

    public static Uri ParseUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new EnteApiException(EnteApiErrorKind.InvalidResponse, "The server handed out an object URL that is not http(s).");
        }

        return uri;
    }

    /// <summary>Sends a header-less request to an object URL and returns the 2xx response, or throws the mapped error.</summary>
    public async Task<HttpResponseMessage> SendAsync(
        Uri url, Func<Uri, HttpRequestMessage> createRequest, HttpCompletionOption completion, CancellationToken cancellationToken)
    {
        var call = connection.Call("") with { Target = EnteEndpoint.Describe(url) };
        var response = await connection.Http.SendAsync(() => createRequest(url), new RequestPolicy(call.Target, completion), cancellationToken);
        await ApiConnection.EnsureSuccessAsync(response, call, cancellationToken);
        return response;
    }

    /// <summary>
    /// Follows 3xx answers by hand (auto-redirect is off), each hop a plain GET without the token,
    /// whatever host it points to (spec §4.8, §9.14). Returns the first non-redirect response.
    /// </summary>
    public async Task<HttpResponseMessage> FollowRedirectsAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        for (var hop = 0; IsRedirect(response.StatusCode); hop++)
        {
            var from = response.RequestMessage?.RequestUri;
            var location = response.Headers.Location;
            response.Dispose();
            if (hop == MaxRedirects || location is null || from is null)
            {
                throw new EnteApiException(EnteApiErrorKind.InvalidResponse, $"The download from {connection.Endpoint} was redirected too often or without a location.");
            }

            var next = ParseUrl(new Uri(from, location).AbsoluteUri);
            var policy = new RequestPolicy(EnteEndpoint.Describe(next), HttpCompletionOption.ResponseHeadersRead);
            response = await connection.Http.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, next), policy, cancellationToken);
        }

        return response;
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently
        or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;
}
