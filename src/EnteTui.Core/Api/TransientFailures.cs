using System.Net;
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
        // A name that does not resolve or a certificate that does not verify will not get better in seconds.
        HttpRequestException http => http.HttpRequestError is not (HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError),
        IOException => true,
        _ => false,
    };
}
