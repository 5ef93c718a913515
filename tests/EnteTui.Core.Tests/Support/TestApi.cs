using EnteTui.Core.Api;

namespace EnteTui.Core.Tests.Support;

/// <summary>An HTTP pipeline with fast retries and a captured log, for tests.</summary>
public sealed class TestApi : IDisposable
{
    public TestApi(int maxAttempts = 4, TimeSpan? attemptTimeout = null)
    {
        Options = new EnteHttpOptions
        {
            MaxAttempts = maxAttempts,
            BaseDelay = TimeSpan.FromMilliseconds(10),
            MaxDelay = TimeSpan.FromMilliseconds(50),
            AttemptTimeout = attemptTimeout ?? TimeSpan.FromSeconds(20),
        };
        Http = new EnteHttp(Options, TimeProvider.System, Log);
        Factory = new EnteApiClientFactory(Http);
    }

    public EnteHttpOptions Options { get; }

    public CapturingLogger<EnteHttp> Log { get; } = new();

    public EnteHttp Http { get; }

    public EnteApiClientFactory Factory { get; }

    public void Dispose() => Http.Dispose();
}
