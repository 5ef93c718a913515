using System.Net;
using System.Net.Sockets;
using Polly.Timeout;

namespace EnteTui.Core.Api;

/// <summary>Which outcomes are worth another try: 408, 429, 5xx, timeouts and connection failures.</summary>
internal static class TransientFailures
{
    public static bool IsTransient(HttpResponseMessage response, bool retryRateLimit)
    {
        var status = (int)response.StatusCode;
        return status >= 500
            || response.StatusCode == HttpStatusCode.RequestTimeout
            || (retryRateLimit && response.StatusCode == HttpStatusCode.TooManyRequests);
    }

    public static bool IsTransient(Exception exception) => exception switch
    {
        TimeoutRejectedException => true,
        // A name that does not resolve, a port nobody listens on or a certificate that does not verify
        // will not get better in seconds; a reset or a timeout may.
        HttpRequestException { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionRefused } } => false,
        HttpRequestException http => http.HttpRequestError is not (HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError),
        IOException => true,
        _ => false,
    };
}
