using System.Security.Cryptography;

namespace EnteTui.Core.Accounts;

/// <summary>
/// The decrypted keys of a logged-in account (from a login, the account store or a session), held in
/// memory for one run: the master key opens owned collection keys (spec §3.3), the X25519 secret key
/// the token and keys of collections shared with the user. Disposing zeroes both secret keys.
/// ToString prints none of them. Whose keys they are is the holder's to say (<see cref="AccountInfo.UserId"/>).
/// </summary>
public sealed record AccountKeys(byte[] MasterKey, byte[] SecretKey, byte[] PublicKey) : IDisposable
{
    public void Dispose()
    {
        CryptographicOperations.ZeroMemory(MasterKey);
        CryptographicOperations.ZeroMemory(SecretKey);
    }

    public override string ToString() => "account keys";
}
