namespace EnteTui.LocalServer.State;

internal enum SecondFactorKind
{
    Totp,
    Passkey,
}
