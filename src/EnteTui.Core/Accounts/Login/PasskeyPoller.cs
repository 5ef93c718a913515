namespace EnteTui.Core.Accounts.Login;

/// <summary>
/// Waits for a passkey approval by asking `get-token` at the pace of <see cref="PasskeyPacing"/>:
/// "not verified yet" and a 429 both mean "still pending"; only the timeout, a dead session (404/410)
/// or cancellation end the wait without a token.
/// </summary>
internal sealed class PasskeyPoller(AuthApi auth, TimeProvider time, ILogger logger)
{
    public async Task<AuthorizationResponse> WaitAsync(string sessionId, PasskeyWait wait, CancellationToken cancellationToken)
    {
        var start = time.GetUtcNow();
        var givesUpAt = start + wait.Timeout;
        var pacing = new PasskeyPacing(start);
        var requested = false;
        var rateLimited = false;
        while (true)
        {
            requested |= wait.Trigger?.TakeRequest() ?? false;
            var now = time.GetUtcNow();
            if (now >= givesUpAt)
            {
                throw TimedOut(wait.Timeout);
            }

            var due = pacing.Next(now, requested);
            if (due > now)
            {
                wait.OnStatus?.Invoke(new PasskeyWaitStatus(now, pacing.Checks, due, givesUpAt, rateLimited, false));
                await SleepAsync(Min(due, givesUpAt) - now, requested ? null : wait.Trigger, cancellationToken);
                continue;
            }

            pacing.Checked(now);
            rateLimited = false;
            try
            {
                if (await auth.TryGetPasskeyTokenAsync(sessionId, cancellationToken) is { } response)
                {
                    return response;
                }
            }
            catch (EnteApiException e) when (e.StatusCode == 429)
            {
                logger.LogInformation("Passkey check {Count} was rate limited; waiting out the server's one-minute window", pacing.Checks);
                pacing.RateLimited(time.GetUtcNow());
                rateLimited = true;
            }
            catch (EnteApiException e) when (e.StatusCode is 404 or 410)
            {
                throw new LoginException("The passkey session has expired or is unknown; start the login again.", e);
            }

            if (requested || rateLimited)
            {
                var at = time.GetUtcNow();
                wait.OnStatus?.Invoke(new PasskeyWaitStatus(at, pacing.Checks, pacing.Next(at, false), givesUpAt, rateLimited, requested));
            }

            requested = false;
        }
    }

    private async Task SleepAsync(TimeSpan span, PasskeyCheckTrigger? trigger, CancellationToken cancellationToken)
    {
        if (trigger is null)
        {
            await Task.Delay(span, time, cancellationToken);
            return;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(span, time, stop.Token);
        await Task.WhenAny(delay, trigger.Requested);
        await stop.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }

    private static LoginException TimedOut(TimeSpan timeout) =>
        new($"The passkey was not approved within {timeout.TotalSeconds:0} s; start the login again.");

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
