namespace EnteTui.Core.Accounts.Login;

/// <summary>How long and how a UI waits for a passkey approval (<see cref="LoginFlow.WaitForPasskeyAsync"/>).</summary>
public sealed record PasskeyWait
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(10);

    /// <summary>Give up (a <see cref="LoginException"/>) when the passkey is not approved within this time.</summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    /// <summary>Optional: the UI's "check now" (Enter, a key).</summary>
    public PasskeyCheckTrigger? Trigger { get; init; }

    /// <summary>Optional: told before each wait and after each check, for the UI to show.</summary>
    public Action<PasskeyWaitStatus>? OnStatus { get; init; }
}
