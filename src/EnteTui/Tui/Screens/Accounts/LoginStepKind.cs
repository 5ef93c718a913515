namespace EnteTui.Tui.Screens.Accounts;

public enum LoginStepKind
{
    Password,
    EmailCode,
    Totp,
    Passkey,
    Done,
}
