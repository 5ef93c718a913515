using Polly.Timeout;

namespace EnteTui.Core.Api;

/// <summary>Turns "no response at all" into a message that names the URL that could not be reached.</summary>
internal static class NetworkFailure
{
    public static EnteApiException ToApiException(string target, Exception exception, TimeSpan attemptTimeout)
    {
        if (exception is TimeoutRejectedException)
        {
            return new EnteApiException(
                EnteApiErrorKind.Timeout,
                $"{target} did not answer within {attemptTimeout.TotalSeconds:0} s, even after retrying.",
                innerException: exception);
        }

        var detail = exception is HttpRequestException http ? http.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => "the host name could not be resolved; check the endpoint URL",
            HttpRequestError.ConnectionError => "the connection was refused or dropped; is the server running and the URL right?",
            HttpRequestError.SecureConnectionError => "the TLS handshake failed; check the URL and the server's certificate",
            _ => exception.Message,
        }
        : exception.Message;
        return new EnteApiException(EnteApiErrorKind.Unreachable, $"Cannot reach {target}: {detail.TrimEnd('.')}{(detail.EndsWith('?') ? "" : ".")}", innerException: exception);
    }
}
