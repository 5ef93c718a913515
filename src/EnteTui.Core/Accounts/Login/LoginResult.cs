namespace EnteTui.Core.Accounts.Login;

/// <summary>What a successful login yields. Holds secrets: never log it (ToString prints none).</summary>
public sealed class LoginResult(string endpoint, string email, long userId, AccountKeys keys, string token)
{
    public string Endpoint { get; } = endpoint;

    public string Email { get; } = email;

    public long UserId { get; } = userId;

    public AccountKeys Keys { get; } = keys;

    /// <summary>The X-Auth-Token value: URL-safe base64 with '=' padding (spec §1.3).</summary>
    public string Token { get; } = token;

    public override string ToString() => AccountInfo.Describe(Email, UserId, Endpoint);
}
