namespace EnteTui.Tui.Screens.Accounts;

/// <summary>
/// What the server asks for next. <see cref="Account"/> is set when <see cref="Kind"/> is Done;
/// <see cref="TotpAvailable"/> at a passkey step means an authenticator code may be used instead.
/// </summary>
public sealed record LoginStep(
    LoginStepKind Kind,
    string? Error = null,
    string? SentTo = null,
    string? PasskeyUrl = null,
    AccountInfo? Account = null,
    bool TotpAvailable = false);
