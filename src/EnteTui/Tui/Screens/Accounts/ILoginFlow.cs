namespace EnteTui.Tui.Screens.Accounts;

/// <summary>
/// One login conversation. Each call returns the next step; a wrong password or code returns the
/// same step with <see cref="LoginStep.Error"/> set, so the user retries in place. Exceptions carry
/// a message fit for the screen (unreachable server, too many attempts).
/// </summary>
public interface ILoginFlow : IAsyncDisposable
{
    Task<LoginStep> BeginAsync(string endpoint, string email, CancellationToken cancellationToken);

    Task<LoginStep> SubmitPasswordAsync(string password, CancellationToken cancellationToken);

    Task<LoginStep> SubmitEmailCodeAsync(string code, CancellationToken cancellationToken);

    Task<LoginStep> SubmitTotpAsync(string code, CancellationToken cancellationToken);

    /// <summary>
    /// Polls, within the server's rate limit, until the passkey was verified in the browser (returns the
    /// next step), the wait times out (throws) or is cancelled. <paramref name="onStatus"/> gets a line
    /// to show, from any thread.
    /// </summary>
    Task<LoginStep> WaitForPasskeyAsync(Action<string> onStatus, CancellationToken cancellationToken);

    /// <summary>Asks a running passkey wait to check at once (as soon as the server's limit allows).</summary>
    void CheckPasskeyNow();
}
