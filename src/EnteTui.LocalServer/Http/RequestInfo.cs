namespace EnteTui.LocalServer.Http;

/// <summary>Small helpers over the incoming request.</summary>
internal static class RequestInfo
{
    /// <summary>The origin the client used, for URLs that point back at this server.</summary>
    public static string BaseUrl(this HttpRequest request) => $"{request.Scheme}://{request.Host}";

    /// <summary>The origin of object URLs: the request's, or the configured blob host on the same port.</summary>
    public static string BlobBaseUrl(this HttpRequest request, ServerSettings settings) =>
        settings.BlobHost is { } host ? $"{request.Scheme}://{host}:{request.Host.Port}" : request.BaseUrl();
}
