namespace EnteTui.Tui.Screens.Accounts;

/// <summary>What the server asks for next. <see cref="Account"/> is set when <see cref="Kind"/> is Done.</summary>
public sealed record LoginStep(
    LoginStepKind Kind,
    string? Error = null,
    string? SentTo = null,
    string? PasskeyUrl = null,
    AccountInfo? Account = null);
