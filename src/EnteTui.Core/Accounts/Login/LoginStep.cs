namespace EnteTui.Core.Accounts.Login;

/// <summary>
/// What a <see cref="LoginFlow"/> needs next. A UI (command line or Terminal.Gui) shows the step,
/// collects the input and calls the matching <c>Submit…</c> method. A non-null <c>Error</c> means
/// the previous input was rejected (wrong password or code) and the same step may be tried again.
/// </summary>
public abstract record LoginStep;

/// <summary>
/// The account password. <paramref name="ForDecryption"/> is true after an email-code login, when
/// the password only unlocks the keys (no SRP round).
/// </summary>
public sealed record NeedPassword(string? Error = null, bool ForDecryption = false) : LoginStep;

/// <summary>The one-time code emailed to <paramref name="Email"/>; <paramref name="CodeSent"/> is false when the caller already had a code.</summary>
public sealed record NeedEmailCode(string Email, bool CodeSent, string? Error = null) : LoginStep;

/// <summary>The 6-digit authenticator (TOTP) code.</summary>
public sealed record NeedTotp(string? Error = null) : LoginStep;

/// <summary>
/// Open <paramref name="VerificationUrl"/> in a browser, then call <see cref="LoginFlow.WaitForPasskeyAsync"/>.
/// When <paramref name="TotpAvailable"/>, <see cref="LoginFlow.SubmitTotpAsync"/> may be used instead.
/// </summary>
public sealed record NeedPasskey(string VerificationUrl, bool TotpAvailable) : LoginStep;

/// <summary>Logged in: the decrypted keys and token.</summary>
public sealed record LoginCompleted(LoginResult Result) : LoginStep
{
    public override string ToString() => $"LoginCompleted {{ {Result} }}";
}
