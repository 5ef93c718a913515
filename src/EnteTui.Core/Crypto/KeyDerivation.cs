using System.Security.Cryptography;

using NSec.Cryptography;

namespace EnteTui.Core.Crypto;

/// <summary>Argon2id KEK derivation (spec §2.3) and the libsodium BLAKE2b KDF (spec §2.4).</summary>
public static unsafe class KeyDerivation
{
    public const int KekBytes = 32;
    public const int SaltBytes = 16;
    public const int LoginSubKeyBytes = 16;
    public const ulong LoginSubKeyId = 1;
    public const string LoginContext = "loginctx";

    /// <summary>
    /// KEK = crypto_pwhash Argon2id v1.3 (parallelism 1, t = opsLimit, m = memLimit/1024 KiB,
    /// 32-byte output) over the UTF-8 bytes of the password exactly as typed.
    /// </summary>
    public static byte[] DeriveKek(string password, ReadOnlySpan<byte> salt, long opsLimit, long memLimitBytes)
    {
        ArgumentNullException.ThrowIfNull(password);
        CryptoException.RequireLength(salt, SaltBytes, "Argon2id salt");
        if (opsLimit < 1 || memLimitBytes < 1024)
        {
            throw new CryptoException(CryptoFailure.InvalidInput, "Argon2id limits are out of range (opsLimit >= 1, memLimit >= 1024 bytes).");
        }

        var passwordBytes = Encoding.UTF8.GetBytes(password);
        try
        {
            var algorithm = PasswordBasedKeyDerivationAlgorithm.Argon2id(new Argon2Parameters
            {
                DegreeOfParallelism = 1,
                MemorySize = memLimitBytes / 1024,
                NumberOfPasses = opsLimit,
            });
            return algorithm.DeriveBytes(passwordBytes, salt, KekBytes);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            throw new CryptoException(CryptoFailure.InvalidInput, "Argon2id rejected the parameters.", e);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(passwordBytes);
        }
    }

    /// <summary>crypto_kdf_derive_from_key(length, subKeyId, context8, key): keyed BLAKE2b with salt and personalisation.</summary>
    public static byte[] DeriveSubKey(ReadOnlySpan<byte> key, ulong subKeyId, string context8, int length)
    {
        ArgumentNullException.ThrowIfNull(context8);
        CryptoException.RequireLength(key, LibSodium.KdfKeyBytes, "KDF key");
        if (length < LibSodium.KdfMinBytes || length > LibSodium.KdfMaxBytes)
        {
            throw new CryptoException(CryptoFailure.InvalidLength, $"KDF output must be {LibSodium.KdfMinBytes} to {LibSodium.KdfMaxBytes} bytes.");
        }

        if (context8.Length != LibSodium.KdfContextBytes || !Ascii.IsValid(context8))
        {
            throw new CryptoException(CryptoFailure.InvalidInput, "KDF context must be exactly 8 ASCII characters.");
        }

        var context = Encoding.ASCII.GetBytes(context8);
        var subKey = new byte[length];
        fixed (byte* output = subKey)
        fixed (byte* ctx = context)
        fixed (byte* k = key)
        {
            CryptoException.RequireSuccess(LibSodium.crypto_kdf_derive_from_key(output, (nuint)length, subKeyId, ctx, k), CryptoFailure.InvalidInput, "KDF derivation failed.");
        }

        return subKey;
    }

    /// <summary>The SRP password: the first 16 bytes of KDF(32, id 1, "loginctx", KEK) (spec §2.4).</summary>
    public static byte[] DeriveLoginSubKey(ReadOnlySpan<byte> kek)
    {
        var subKey = DeriveSubKey(kek, LoginSubKeyId, LoginContext, 32);
        var login = subKey[..LoginSubKeyBytes];
        CryptographicOperations.ZeroMemory(subKey);
        return login;
    }
}
