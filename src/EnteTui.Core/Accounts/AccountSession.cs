using System.Security.Cryptography;
using EnteTui.Core.Api;

namespace EnteTui.Core.Accounts;

/// <summary>
/// A logged-in account ready for export or import: its info, an authenticated API client and the
/// decrypted keys. Dispose it when done (the keys are zeroed). ToString prints no secret.
/// </summary>
public sealed class AccountSession : IDisposable
{
    internal AccountSession(AccountInfo account, EnteApiClient api, byte[] masterKey, byte[] secretKey, byte[] publicKey)
    {
        Account = account;
        Api = api;
        MasterKey = masterKey;
        SecretKey = secretKey;
        PublicKey = publicKey;
    }

    public AccountInfo Account { get; }

    public long UserId => Account.UserId;

    public string Email => Account.Email;

    /// <summary>Sends <c>X-Auth-Token</c> to the account's endpoint (and nowhere else).</summary>
    public EnteApiClient Api { get; }

    /// <summary>32-byte master key: opens owned collection keys (spec §3.3).</summary>
    public byte[] MasterKey { get; }

    /// <summary>32-byte X25519 secret key: opens keys of collections shared with the user (sealed boxes).</summary>
    public byte[] SecretKey { get; }

    public byte[] PublicKey { get; }

    public void Dispose()
    {
        CryptographicOperations.ZeroMemory(MasterKey);
        CryptographicOperations.ZeroMemory(SecretKey);
    }

    public override string ToString() => $"{Email} (user {UserId}) on {Account.Endpoint}";
}
