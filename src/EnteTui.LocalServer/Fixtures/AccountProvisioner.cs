using EnteTui.LocalServer.Auth;

namespace EnteTui.LocalServer.Fixtures;

/// <summary>
/// Creates an account the way signup leaves it (spec §8 "Fixture provisioning"): master key,
/// KEK from the password, X25519 key pair, recovery key, SRP verifier. The keys are also kept as
/// fixture keys so that the mutation API can act as this user's client.
/// </summary>
internal static class AccountProvisioner
{
    public static ServerAccount Provision(ServerDatabase db, AccountSpec spec)
    {
        var email = Emails.Normalize(spec.Email);
        if (email.Length == 0)
        {
            throw new ArgumentException("An account needs an email.", nameof(spec));
        }

        var masterKey = CryptoRandom.NewKey();
        var kekSalt = CryptoRandom.Bytes(KeyDerivation.SaltBytes);
        var kek = KeyDerivation.DeriveKek(spec.Password, kekSalt, spec.OpsLimit, spec.MemLimit);
        var wrappedMaster = SecretBox.Encrypt(masterKey, kek);
        var keyPair = BoxKeyPair.Generate();
        var wrappedSecret = SecretBox.Encrypt(keyPair.SecretKey, masterKey);
        var recoveryKey = CryptoRandom.NewKey();
        var masterWithRecovery = SecretBox.Encrypt(masterKey, recoveryKey);
        var recoveryWithMaster = SecretBox.Encrypt(recoveryKey, masterKey);
        var srpUserId = Guid.NewGuid().ToString("D");
        var srpSalt = CryptoRandom.Bytes(16);
        var verifier = SrpVerifier.Compute(srpUserId, srpSalt, KeyDerivation.DeriveLoginSubKey(kek));
        var keyAttributes = new KeyAttributes
        {
            KekSalt = EnteBase64.Encode(kekSalt),
            EncryptedKey = EnteBase64.Encode(wrappedMaster.Ciphertext),
            KeyDecryptionNonce = EnteBase64.Encode(wrappedMaster.Nonce),
            PublicKey = EnteBase64.Encode(keyPair.PublicKey),
            EncryptedSecretKey = EnteBase64.Encode(wrappedSecret.Ciphertext),
            SecretKeyDecryptionNonce = EnteBase64.Encode(wrappedSecret.Nonce),
            MemLimit = spec.MemLimit,
            OpsLimit = spec.OpsLimit,
            MasterKeyEncryptedWithRecoveryKey = EnteBase64.Encode(masterWithRecovery.Ciphertext),
            MasterKeyDecryptionNonce = EnteBase64.Encode(masterWithRecovery.Nonce),
            RecoveryKeyEncryptedWithMasterKey = EnteBase64.Encode(recoveryWithMaster.Ciphertext),
            RecoveryKeyDecryptionNonce = EnteBase64.Encode(recoveryWithMaster.Nonce),
        };
        return db.Write(d =>
        {
            if (d.Users.Exists(u => u.Email == email))
            {
                throw new InvalidOperationException($"An account for {email} already exists.");
            }

            var user = new UserRecord
            {
                Id = d.Ids.NextUserId(),
                Email = email,
                KeyAttributes = keyAttributes,
                SrpUserId = srpUserId,
                SrpSalt = EnteBase64.Encode(srpSalt),
                SrpVerifier = EnteBase64.Encode(verifier),
                IsEmailMfaEnabled = spec.EmailMfa,
                TotpSecret = spec.TotpSecret,
                HasPasskey = spec.Passkey,
                PasskeyApprovalDelay = spec.PasskeyApprovalDelay is { } delay ? delay.Ticks / 10 : 0,
                StorageQuota = spec.StorageQuotaBytes,
                CreationTime = MonotonicClock.WallMicroseconds,
            };
            d.Users.Insert(user);
            d.FixtureKeys.Insert(new FixtureKeysRecord
            {
                Id = user.Id,
                MasterKey = EnteBase64.Encode(masterKey),
                SecretKey = EnteBase64.Encode(keyPair.SecretKey),
                PublicKey = EnteBase64.Encode(keyPair.PublicKey),
            });
            return new ServerAccount(user.Id, email);
        });
    }
}
