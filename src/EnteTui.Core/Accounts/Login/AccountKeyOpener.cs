namespace EnteTui.Core.Accounts.Login;

/// <summary>Opens master key, secret key and token from a login answer (spec §2.9).</summary>
internal static class AccountKeyOpener
{
    /// <summary>KEK from the password and the key attributes' own salt and limits (whatever the server sends).</summary>
    public static Task<byte[]> DeriveKekAsync(string password, string kekSalt, long opsLimit, long memLimit, CancellationToken cancellationToken) =>
        Task.Run(
            () =>
            {
                try
                {
                    return KeyDerivation.DeriveKek(password, EnteBase64.Decode(kekSalt), opsLimit, memLimit);
                }
                catch (CryptoException e)
                {
                    throw new LoginException($"The server sent unusable key-derivation parameters (ops {opsLimit}, mem {memLimit} bytes).", e);
                }
            },
            cancellationToken);

    /// <summary>The master key, or null when the KEK does not open it (a wrong password).</summary>
    public static byte[]? TryOpenMasterKey(KeyAttributes attributes, byte[] kek)
    {
        try
        {
            return SecretBox.Decrypt(EnteBase64.Decode(attributes.EncryptedKey), EnteBase64.Decode(attributes.KeyDecryptionNonce), kek);
        }
        catch (CryptoException e) when (e.Failure == CryptoFailure.AuthenticationFailed)
        {
            return null;
        }
        catch (CryptoException e)
        {
            throw Malformed(e);
        }
    }

    public static LoginResult Open(string endpoint, string email, AuthorizationResponse response, byte[] masterKey)
    {
        var attributes = response.KeyAttributes!;
        try
        {
            var secretKey = SecretBox.Decrypt(EnteBase64.Decode(attributes.EncryptedSecretKey), EnteBase64.Decode(attributes.SecretKeyDecryptionNonce), masterKey);
            var publicKey = EnteBase64.Decode(attributes.PublicKey);
            var tokenBytes = SealedBox.Open(EnteBase64.Decode(response.EncryptedToken!), publicKey, secretKey);
            return new LoginResult(endpoint, email, response.Id, new AccountKeys(masterKey, secretKey, publicKey), EnteBase64.EncodeToken(tokenBytes));
        }
        catch (CryptoException e)
        {
            throw Malformed(e);
        }
    }

    private static LoginException Malformed(CryptoException e) =>
        new("The account's keys or token sent by the server could not be opened; they look damaged.", e);
}
