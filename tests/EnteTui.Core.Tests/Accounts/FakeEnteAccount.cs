using EnteTui.Core.Api.Wire;
using EnteTui.Core.Crypto;
using EnteTui.LocalServer.Auth;

namespace EnteTui.Core.Tests.Accounts;

/// <summary>An account's server-side material built as signup would (small Argon2 limits), for scripted login servers.</summary>
internal sealed class FakeEnteAccount
{
    public const long OpsLimit = 1;
    public const long MemLimit = 8L * 1024 * 1024;

    public FakeEnteAccount(string password)
    {
        var kekSalt = CryptoRandom.Bytes(16);
        var kek = KeyDerivation.DeriveKek(password, kekSalt, OpsLimit, MemLimit);
        MasterKey = CryptoRandom.NewKey();
        KeyPair = BoxKeyPair.Generate();
        TokenBytes = CryptoRandom.NewKey();
        var wrappedMaster = SecretBox.Encrypt(MasterKey, kek);
        var wrappedSecret = SecretBox.Encrypt(KeyPair.SecretKey, MasterKey);
        KeyAttributes = new KeyAttributes
        {
            KekSalt = EnteBase64.Encode(kekSalt),
            OpsLimit = OpsLimit,
            MemLimit = MemLimit,
            EncryptedKey = EnteBase64.Encode(wrappedMaster.Ciphertext),
            KeyDecryptionNonce = EnteBase64.Encode(wrappedMaster.Nonce),
            PublicKey = EnteBase64.Encode(KeyPair.PublicKey),
            EncryptedSecretKey = EnteBase64.Encode(wrappedSecret.Ciphertext),
            SecretKeyDecryptionNonce = EnteBase64.Encode(wrappedSecret.Nonce),
        };
        SrpSalt = CryptoRandom.Bytes(16);
        Verifier = SrpVerifier.Compute(SrpUserId, SrpSalt, KeyDerivation.DeriveLoginSubKey(kek));
    }

    public string SrpUserId { get; } = Guid.NewGuid().ToString("D");

    public byte[] SrpSalt { get; }

    public byte[] Verifier { get; }

    public byte[] MasterKey { get; }

    public BoxKeyPair KeyPair { get; }

    public byte[] TokenBytes { get; }

    public string Token => EnteBase64.EncodeToken(TokenBytes);

    public KeyAttributes KeyAttributes { get; }

    public SrpAttributesResponse SrpAttributes(bool emailMfa = false) => new()
    {
        Attributes = new SrpAttributes
        {
            SrpUserId = SrpUserId,
            SrpSalt = EnteBase64.Encode(SrpSalt),
            KekSalt = KeyAttributes.KekSalt,
            OpsLimit = OpsLimit,
            MemLimit = MemLimit,
            IsEmailMfaEnabled = emailMfa,
        },
    };

    public AuthorizationResponse Authorized(long userId = 7) => new()
    {
        Id = userId,
        KeyAttributes = KeyAttributes,
        EncryptedToken = EnteBase64.Encode(SealedBox.Seal(TokenBytes, KeyPair.PublicKey)),
    };
}
