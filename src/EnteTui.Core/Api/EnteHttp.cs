using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace EnteTui.Core.Api;

/// <summary>
/// The one HTTP pipeline: a pooled <see cref="SocketsHttpHandler"/> with gzip/brotli decompression and
/// no automatic redirects (the auth token must never follow a 307 to object storage, spec §4.8), and
/// a Polly retry pipeline (jittered exponential backoff, <c>Retry-After</c>, per-attempt timeout).
/// Each attempt sends a freshly built request, so streamed bodies are reopened rather than replayed.
/// </summary>
public sealed class EnteHttp : IDisposable
{
    private static readonly ResiliencePropertyKey<RequestPolicy> PolicyKey = new("ente-tui.request-policy");

    private readonly HttpClient client;
    private readonly ResiliencePipeline<HttpResponseMessage> pipeline;
    private readonly EnteHttpOptions options;
    private readonly TimeProvider time;
    private readonly ILogger<EnteHttp> logger;

    public EnteHttp(EnteHttpOptions options, TimeProvider time, ILogger<EnteHttp> logger)
    {
        this.options = options;
        this.time = time;
        this.logger = logger;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.ConnectTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            UseCookies = false,
        };
        client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        pipeline = BuildPipeline();
    }

    /// <summary>
    /// Sends the request built by <paramref name="createRequest"/>, retrying transient failures.
    /// Returns the final response whatever its status (the caller maps errors); throws
    /// <see cref="EnteApiException"/> when no response could be had.
    /// </summary>
    public async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> createRequest, RequestPolicy policy, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(PolicyKey, policy);
        try
        {
            var response = await pipeline.ExecuteAsync(
                static async (ctx, state) =>
                {
                    var request = state.createRequest();
                    try
                    {
                        return await state.client.SendAsync(request, state.policy.Completion, ctx.CancellationToken);
                    }
                    finally
                    {
                        if (state.policy.Completion == HttpCompletionOption.ResponseContentRead)
                        {
                            request.Dispose();
                        }
                    }
                },
                context,
                (client, createRequest, policy));
            logger.LogDebug("{Method} {Target} answered {Status}", response.RequestMessage?.Method, policy.Target, (int)response.StatusCode);
            return response;
        }
        catch (Exception e) when ((e is HttpRequestException or TimeoutRejectedException or IOException) && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("{Target} could not be reached: {Reason}", policy.Target, e.Message);
            throw NetworkFailure.ToApiException(policy.Target, e, options.AttemptTimeout);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    public EnteHttpOptions Options => options;

    public void Dispose() => client.Dispose();

    private ResiliencePipeline<HttpResponseMessage> BuildPipeline()
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        if (options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = options.UseJitter,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context)),
                DelayGenerator = args => ValueTask.FromResult(ServerRequestedDelay(args.Outcome)),
                OnRetry = args =>
                {
                    LogRetry(args);
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            });
        }

        return builder.AddTimeout(options.AttemptTimeout).Build();
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        if (outcome.Exception is { } exception)
        {
            return !context.CancellationToken.IsCancellationRequested && TransientFailures.IsTransient(exception);
        }

        var policy = context.Properties.GetValue(PolicyKey, new RequestPolicy(""));
        return outcome.Result is { } response && TransientFailures.IsTransient(response, policy.RetryRateLimit);
    }

    private TimeSpan? ServerRequestedDelay(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Result is not { } response || RetryAfter.Read(response, time) is not { } wait)
        {
            return null;
        }

        return wait > options.MaxRetryAfter ? options.MaxRetryAfter : wait;
    }

    private void LogRetry(OnRetryArguments<HttpResponseMessage> args)
    {
        var target = args.Context.Properties.GetValue(PolicyKey, new RequestPolicy("?")).Target;
        var reason = args.Outcome.Result is { } response ? $"HTTP {(int)response.StatusCode}" : args.Outcome.Exception?.Message;
        logger.LogWarning(
            "Retrying {Target} after {Reason} (attempt {Attempt} of {Max}, waiting {Delay} ms)",
            target,
            reason,
            args.AttemptNumber + 2,
            options.MaxAttempts,
            (long)args.RetryDelay.TotalMilliseconds);
    }
}
