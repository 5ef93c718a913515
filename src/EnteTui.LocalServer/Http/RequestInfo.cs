using Microsoft.AspNetCore.Http;

namespace EnteTui.LocalServer.Http;

/// <summary>Small helpers over the incoming request.</summary>
internal static class RequestInfo
{
    /// <summary>The origin the client used, for URLs that point back at this server.</summary>
    public static string BaseUrl(this HttpRequest request) => $"{request.Scheme}://{request.Host}";
}
