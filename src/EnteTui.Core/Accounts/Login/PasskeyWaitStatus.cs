namespace EnteTui.Core.Accounts.Login;

/// <summary>Where a passkey wait stands, for a UI to show.</summary>
/// <param name="At">When this status was taken (on the flow's clock).</param>
/// <param name="Checks">How many times the server was asked so far.</param>
/// <param name="NextCheck">When the next check is due (on the flow's clock).</param>
/// <param name="GivesUpAt">When the wait ends without an approval.</param>
/// <param name="RateLimited">The last check got museum's 429: the next one waits out its one-minute window.</param>
/// <param name="AfterRequest">The last check was asked for by the user and found the passkey not yet approved.</param>
public sealed record PasskeyWaitStatus(DateTimeOffset At, int Checks, DateTimeOffset NextCheck, DateTimeOffset GivesUpAt, bool RateLimited, bool AfterRequest);
