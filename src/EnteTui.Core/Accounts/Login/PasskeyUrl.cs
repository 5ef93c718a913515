namespace EnteTui.Core.Accounts.Login;

/// <summary>The browser URL that finishes a passkey login (spec §2.8, as the Go CLI builds it).</summary>
public static class PasskeyUrl
{
    public const string Redirect = "ente-cli://passkey";

    public static string Build(string accountsUrl, string passkeySessionId) =>
        $"{accountsUrl.TrimEnd('/')}/passkeys/verify?passkeySessionID={Uri.EscapeDataString(passkeySessionId)}"
        + $"&redirect={Redirect}&clientPackage={ApiHeaders.PhotosPackage}";
}
