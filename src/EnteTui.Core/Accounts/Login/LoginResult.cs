namespace EnteTui.Core.Accounts.Login;

/// <summary>What a successful login yields. Holds secrets: never log it (ToString prints none).</summary>
public sealed class LoginResult
{
    public LoginResult(string endpoint, string email, long userId, byte[] masterKey, byte[] secretKey, byte[] publicKey, string token)
    {
        Endpoint = endpoint;
        Email = email;
        UserId = userId;
        MasterKey = masterKey;
        SecretKey = secretKey;
        PublicKey = publicKey;
        Token = token;
    }

    public string Endpoint { get; }

    public string Email { get; }

    public long UserId { get; }

    /// <summary>32-byte master key (opens owned collection keys).</summary>
    public byte[] MasterKey { get; }

    /// <summary>32-byte X25519 secret key (opens the token and shared collection keys).</summary>
    public byte[] SecretKey { get; }

    public byte[] PublicKey { get; }

    /// <summary>The X-Auth-Token value: URL-safe base64 with '=' padding (spec §1.3).</summary>
    public string Token { get; }

    public override string ToString() => $"{Email} (user {UserId}) on {Endpoint}";
}
