using System.Text;

using EnteTui.Core.Crypto;

namespace EnteTui.Core.Tests.Crypto;

public class KeyVectorTests
{
    [Fact]
    [CoversVector("login-subkey")]
    public void Login_sub_key()
    {
        var v = CryptoVectors.Get("login-subkey");
        var kek = v.InHex("kekHex");
        Assert.Equal(1, v.InLong("subkeyId"));
        Assert.Equal(KeyDerivation.LoginContext, v.In("context"));

        var subKey = KeyDerivation.DeriveSubKey(kek, (ulong)v.InLong("subkeyId"), v.In("context"), (int)v.InLong("subkeyLength"));
        Assert.Equal(v.OutHex("subkeyHex"), subKey);

        var login = KeyDerivation.DeriveLoginSubKey(kek);
        Assert.Equal(v.OutHex("loginSubKeyHex"), login);
        Assert.Equal(v.Out("loginSubKey"), EnteBase64.Encode(login));
    }

    [Fact]
    [CoversVector("secretbox-master-key")]
    public void Master_key_wrapped_with_the_kek()
    {
        var v = CryptoVectors.Get("secretbox-master-key");
        var masterKey = v.InHex("masterKeyHex");
        var kek = v.InHex("kekHex");
        var nonce = v.InB64("keyDecryptionNonce");

        var encrypted = SecretBox.Encrypt(masterKey, nonce, kek);
        Assert.Equal(48, encrypted.Length);
        Assert.Equal(v.Out("encryptedKey"), EnteBase64.Encode(encrypted));
        Assert.Equal(v.OutHex("encryptedKeyHex"), encrypted);
        Assert.Equal(masterKey, SecretBox.Decrypt(v.OutB64("encryptedKey"), nonce, kek));
    }

    [Fact]
    [CoversVector("secretbox-secret-key")]
    public void Key_pair_from_seed_and_secret_key_wrapped_with_the_master_key()
    {
        var v = CryptoVectors.Get("secretbox-secret-key");
        var pair = BoxKeyPair.FromSeed(v.InHex("keypairSeedHex"));
        Assert.Equal(v.InHex("secretKeyHex"), pair.SecretKey);
        Assert.Equal(v.Out("publicKey"), EnteBase64.Encode(pair.PublicKey));
        Assert.Equal(v.OutHex("publicKeyHex"), pair.PublicKey);

        var masterKey = v.InHex("masterKeyHex");
        var nonce = v.InB64("secretKeyDecryptionNonce");
        var encrypted = SecretBox.Encrypt(pair.SecretKey, nonce, masterKey);
        Assert.Equal(v.Out("encryptedSecretKey"), EnteBase64.Encode(encrypted));
        Assert.Equal(pair.SecretKey, SecretBox.Decrypt(encrypted, nonce, masterKey));
    }

    [Fact]
    [CoversVector("sealed-token")]
    public void Sealed_auth_token()
    {
        var v = CryptoVectors.Get("sealed-token");
        var token = v.InHex("tokenHex");
        var publicKey = v.InB64("publicKey");
        var secretKey = v.InHex("secretKeyHex");

        var sealedToken = SealedBox.SealWithEphemeralKey(token, publicKey, v.InHex("ephemeralSecretKeyHex"));
        Assert.Equal(v.OutLong("sealedLength"), sealedToken.Length);
        Assert.Equal(v.Out("encryptedToken"), EnteBase64.Encode(sealedToken));
        Assert.Equal(v.InHex("ephemeralPublicKeyHex"), sealedToken[..32]);
        Assert.Equal(v.OutHex("nonceHex"), SealedBox.SealNonce(sealedToken[..32], publicKey));

        var opened = SealedBox.Open(EnteBase64.Decode(v.Out("encryptedToken")), publicKey, secretKey);
        Assert.Equal(token, opened);
        Assert.Equal(v.Out("token"), EnteBase64.EncodeToken(opened));
        Assert.Equal(token, EnteBase64.DecodeUrlSafe(v.Out("token")));
    }

    [Fact]
    [CoversVector("collection-key-owned")]
    public void Owned_collection_key_and_name()
    {
        var v = CryptoVectors.Get("collection-key-owned");
        var collectionKey = v.InHex("collectionKeyHex");
        var masterKey = v.InHex("masterKeyHex");
        var keyNonce = v.InB64("keyDecryptionNonce");
        var encryptedKey = SecretBox.Encrypt(collectionKey, keyNonce, masterKey);
        Assert.Equal(v.Out("encryptedKey"), EnteBase64.Encode(encryptedKey));
        Assert.Equal(collectionKey, SecretBox.Decrypt(encryptedKey, keyNonce, masterKey));

        var name = v.In("name");
        Assert.Equal(v.InHex("nameUtf8Hex"), Encoding.UTF8.GetBytes(name));
        var nameNonce = v.InB64("nameDecryptionNonce");
        var encryptedName = SecretBox.Encrypt(Encoding.UTF8.GetBytes(name), nameNonce, collectionKey);
        Assert.Equal(v.Out("encryptedName"), EnteBase64.Encode(encryptedName));
        Assert.Equal(name, Encoding.UTF8.GetString(SecretBox.Decrypt(v.OutB64("encryptedName"), nameNonce, collectionKey)));
    }

    [Fact]
    [CoversVector("collection-key-shared")]
    public void Shared_collection_key_sealed_to_the_user()
    {
        var v = CryptoVectors.Get("collection-key-shared");
        var collectionKey = v.InHex("collectionKeyHex");
        var publicKey = v.InB64("publicKey");
        var secretKey = CryptoVectors.Get("secretbox-secret-key").InHex("secretKeyHex");

        var sealedKey = SealedBox.SealWithEphemeralKey(collectionKey, publicKey, v.InHex("ephemeralSecretKeyHex"));
        Assert.Equal(80, sealedKey.Length);
        Assert.Equal(v.Out("encryptedKey"), EnteBase64.Encode(sealedKey));
        Assert.Equal(collectionKey, SealedBox.Open(v.OutB64("encryptedKey"), publicKey, secretKey));
    }

    [Fact]
    [CoversVector("file-key")]
    public void File_key_wrapped_with_the_collection_key()
    {
        var v = CryptoVectors.Get("file-key");
        var fileKey = v.InHex("fileKeyHex");
        var collectionKey = v.InHex("collectionKeyHex");
        var nonce = v.InB64("keyDecryptionNonce");

        var encrypted = SecretBox.Encrypt(fileKey, nonce, collectionKey);
        Assert.Equal(v.Out("encryptedKey"), EnteBase64.Encode(encrypted));
        Assert.Equal(fileKey, SecretBox.Decrypt(encrypted, nonce, collectionKey));
    }
}
