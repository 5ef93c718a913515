using System.Net;

namespace EnteTui.Core.Api;

/// <summary>Maps a non-2xx answer to an <see cref="EnteApiException"/> with a message a user can act on (spec §6.1).</summary>
internal static class ApiErrors
{
    private const int MaxServerTextLength = 200;

    public static async Task<EnteApiException> FromResponseAsync(HttpResponseMessage response, ApiCallContext call, CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(response, cancellationToken);
        var serverCode = Scrub(body?.Code ?? body?.Error, call);
        var serverText = Scrub(body?.Message ?? body?.Error, call);
        var status = (int)response.StatusCode;
        var (kind, message) = Describe(response.StatusCode, serverCode, serverText, call);
        return new EnteApiException(kind, message, status, serverCode);
    }

    public static EnteApiException InvalidResponse(ApiCallContext call, Exception? inner = null) =>
        new(EnteApiErrorKind.InvalidResponse, $"{call.Target} sent an answer that could not be read.", innerException: inner);

    private static (EnteApiErrorKind Kind, string Message) Describe(HttpStatusCode status, string? code, string? text, ApiCallContext call)
    {
        var suffix = code is null ? "" : $" ({code}{(text is not null && text != code ? $": {text}" : "")})";
        return (int)status switch
        {
            400 => (EnteApiErrorKind.BadRequest, $"The server rejected the request to {call.Target}{suffix}."),
            401 when call.HasToken => (EnteApiErrorKind.Unauthorized, SessionExpired(call, suffix)),
            401 => (EnteApiErrorKind.Unauthorized, $"The server refused the credentials (401){suffix}."),
            402 => (EnteApiErrorKind.SubscriptionRequired, $"The Ente account{ForAccount(call)} has no active subscription (402){suffix}. Renew it in Ente's app or web site."),
            403 => (EnteApiErrorKind.Forbidden, $"Permission denied by {call.Target} (403){suffix}."),
            404 => (EnteApiErrorKind.NotFound, $"Not found: {call.Target} (404){suffix}."),
            409 => (EnteApiErrorKind.Conflict, $"The server reported a conflict at {call.Target} (409){suffix}; the item changed elsewhere or is in the trash. Sync and try again."),
            410 => (EnteApiErrorKind.Gone, $"The code or session has expired or was used too often (410){suffix}. Start again."),
            413 => (EnteApiErrorKind.TooLarge, $"Too large for the server (413){suffix}."),
            426 => (EnteApiErrorKind.StorageFull, $"The Ente storage of{ForAccount(call, " the account")} is full (426){suffix}. Free up space or upgrade the plan."),
            429 => (EnteApiErrorKind.RateLimited, $"The server at {call.Endpoint} is rate limiting requests (429){suffix} and kept doing so after several retries. Wait a few minutes and try again."),
            >= 500 => (EnteApiErrorKind.ServerError, $"The server failed at {call.Target} (HTTP {(int)status}){suffix}, even after retrying."),
            _ => (EnteApiErrorKind.Other, $"Unexpected answer from {call.Target} (HTTP {(int)status}){suffix}."),
        };
    }

    private static string SessionExpired(ApiCallContext call, string suffix)
    {
        var email = call.AccountEmail ?? "EMAIL";
        return $"The saved login for {email} on {call.Endpoint} has expired or is no longer valid (401){suffix}. "
            + $"Run `ente-tui account add --endpoint {call.Endpoint} --email {email}` again to log in.";
    }

    private static string ForAccount(ApiCallContext call, string fallback = "") =>
        call.AccountEmail is { } email ? $" {email}" : fallback;

    private static async Task<ApiErrorBody?> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            return string.IsNullOrWhiteSpace(text) ? null : JsonSerializer.Deserialize<ApiErrorBody>(text, EnteJson.Options);
        }
        catch (Exception e) when (e is JsonException or IOException or HttpRequestException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Server text is shown to the user: trim it, and make sure it cannot carry the token back.</summary>
    private static string? Scrub(string? text, ApiCallContext call)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        if (call.Token is { Length: > 0 } token)
        {
            text = text.Replace(token, "[redacted]", StringComparison.Ordinal);
        }

        return text.Length > MaxServerTextLength ? text[..MaxServerTextLength] + "…" : text;
    }
}
