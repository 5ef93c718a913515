using EnteTui.Core.Api;

namespace EnteTui.Core.Tests.Support;

/// <summary>An HTTP pipeline with fast retries (or, with <c>baseDelay</c>, exact unjittered backoff) and a captured log, for tests.</summary>
public sealed class TestApi : IDisposable
{
    public TestApi(int maxAttempts = 4, TimeSpan? attemptTimeout = null, TimeProvider? time = null, TimeSpan? baseDelay = null)
    {
        Options = new EnteHttpOptions
        {
            MaxAttempts = maxAttempts,
            BaseDelay = baseDelay ?? TimeSpan.FromMilliseconds(10),
            MaxDelay = baseDelay is null ? TimeSpan.FromMilliseconds(50) : TimeSpan.FromSeconds(30),
            UseJitter = baseDelay is null,
            AttemptTimeout = attemptTimeout ?? TimeSpan.FromSeconds(20),
        };
        Http = new EnteHttp(Options, time ?? TimeProvider.System, Log);
        Factory = new EnteApiClientFactory(Http);
    }

    public EnteHttpOptions Options { get; }

    public CapturingLogger<EnteHttp> Log { get; } = new();

    public EnteHttp Http { get; }

    public EnteApiClientFactory Factory { get; }

    public void Dispose() => Http.Dispose();
}
