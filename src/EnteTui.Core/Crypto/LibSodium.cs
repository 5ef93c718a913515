using System.Runtime.InteropServices;

namespace EnteTui.Core.Crypto;

/// <summary>
/// P/Invoke into the libsodium 1.0.22 native library that the NSec.Cryptography package ships
/// (spec §7.2). Every function returns 0 on success and -1 on failure; for the *_open* and
/// pull functions -1 means the MAC did not verify.
/// </summary>
internal static unsafe partial class LibSodium
{
    private const string Library = "libsodium";

    public const int SecretBoxKeyBytes = 32;
    public const int SecretBoxNonceBytes = 24;
    public const int SecretBoxMacBytes = 16;
    public const int BoxPublicKeyBytes = 32;
    public const int BoxSecretKeyBytes = 32;
    public const int BoxSeedBytes = 32;
    public const int BoxNonceBytes = 24;
    public const int BoxMacBytes = 16;
    public const int SealBytes = BoxPublicKeyBytes + BoxMacBytes;
    public const int KdfKeyBytes = 32;
    public const int KdfContextBytes = 8;
    public const int KdfMinBytes = 16;
    public const int KdfMaxBytes = 64;
    public const int StreamKeyBytes = 32;
    public const int StreamHeaderBytes = 24;
    public const int StreamABytes = 17;
    public const int StreamStateBytes = 52;
    public const byte TagMessage = 0;
    public const byte TagFinal = 3;

    static LibSodium()
    {
        if (sodium_init() < 0)
        {
            throw new InvalidOperationException("libsodium could not be initialised.");
        }
    }

    [LibraryImport(Library)]
    private static partial int sodium_init();

    [LibraryImport(Library)]
    public static partial int crypto_secretbox_easy(byte* c, byte* m, ulong mlen, byte* n, byte* k);

    [LibraryImport(Library)]
    public static partial int crypto_secretbox_open_easy(byte* m, byte* c, ulong clen, byte* n, byte* k);

    [LibraryImport(Library)]
    public static partial int crypto_box_keypair(byte* pk, byte* sk);

    [LibraryImport(Library)]
    public static partial int crypto_box_seed_keypair(byte* pk, byte* sk, byte* seed);

    [LibraryImport(Library)]
    public static partial int crypto_box_seal(byte* c, byte* m, ulong mlen, byte* pk);

    [LibraryImport(Library)]
    public static partial int crypto_box_seal_open(byte* m, byte* c, ulong clen, byte* pk, byte* sk);

    [LibraryImport(Library)]
    public static partial int crypto_box_easy(byte* c, byte* m, ulong mlen, byte* n, byte* pk, byte* sk);

    [LibraryImport(Library)]
    public static partial int crypto_scalarmult_base(byte* q, byte* n);

    [LibraryImport(Library)]
    public static partial int crypto_generichash(byte* @out, nuint outlen, byte* @in, ulong inlen, byte* key, nuint keylen);

    [LibraryImport(Library)]
    public static partial int crypto_kdf_derive_from_key(byte* subkey, nuint subkeyLen, ulong subkeyId, byte* ctx, byte* key);

    [LibraryImport(Library)]
    public static partial int crypto_secretstream_xchacha20poly1305_init_push(byte* state, byte* header, byte* k);

    [LibraryImport(Library)]
    public static partial int crypto_secretstream_xchacha20poly1305_init_pull(byte* state, byte* header, byte* k);

    [LibraryImport(Library)]
    public static partial int crypto_secretstream_xchacha20poly1305_push(
        byte* state, byte* c, ulong* clen, byte* m, ulong mlen, byte* ad, ulong adlen, byte tag);

    [LibraryImport(Library)]
    public static partial int crypto_secretstream_xchacha20poly1305_pull(
        byte* state, byte* m, ulong* mlen, byte* tag, byte* c, ulong clen, byte* ad, ulong adlen);

    [LibraryImport(Library)]
    public static partial nuint crypto_secretstream_xchacha20poly1305_statebytes();
}
