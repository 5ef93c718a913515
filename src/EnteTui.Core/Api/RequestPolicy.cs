namespace EnteTui.Core.Api;

/// <summary>How one request is sent: what to call it in messages and which failures may be retried.</summary>
/// <param name="Target">Scheme, host and path only (never a query), used in logs and messages.</param>
/// <param name="Completion">Headers-only for streamed downloads, the whole body otherwise.</param>
/// <param name="RetryRateLimit">
/// False for login calls whose 429 means "too many wrong attempts": waiting does not help there.
/// </param>
public sealed record RequestPolicy(
    string Target,
    HttpCompletionOption Completion = HttpCompletionOption.ResponseContentRead,
    bool RetryRateLimit = true);
