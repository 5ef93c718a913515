using System.Security.Cryptography;
using EnteTui.Core.Accounts.Login;

namespace EnteTui.Core.Accounts;

/// <summary>
/// The accounts on this machine, side by side, keyed by email. Secrets are stored secretbox'd with
/// the <see cref="DeviceKey"/>; the password is never stored.
/// </summary>
public sealed class AccountStore
{
    private readonly AccountDatabase database;
    private readonly DeviceKey deviceKey;
    private readonly TimeProvider time;

    internal AccountStore(AccountDatabase database, DeviceKey deviceKey, TimeProvider time)
    {
        this.database = database;
        this.deviceKey = deviceKey;
        this.time = time;
    }

    public string DatabasePath => database.FilePath;

    public IReadOnlyList<AccountInfo> List() =>
        database.Use(accounts => accounts.FindAll().OrderBy(a => a.Email, StringComparer.Ordinal).Select(a => a.ToInfo()).ToList());

    public AccountInfo? Find(string email)
    {
        var id = AccountEmail.Normalize(email);
        return database.Use(accounts => accounts.FindById(id)?.ToInfo());
    }

    /// <summary>The account <paramref name="email"/>; an <see cref="AccountException"/> naming the known ones when there is none.</summary>
    public AccountInfo Get(string email) => Find(email) ?? throw Unknown(AccountEmail.Normalize(email), List());

    /// <summary>
    /// Stores a fresh login, replacing any stored session for the same email. The export folder is
    /// kept when <paramref name="exportDir"/> is null.
    /// </summary>
    public AccountInfo Save(LoginResult login, string? exportDir = null)
    {
        var key = deviceKey.Get();
        var now = Now();
        return database.Use(accounts =>
        {
            var existing = accounts.FindById(login.Email);
            var document = new AccountDocument
            {
                Email = login.Email,
                Endpoint = EnteEndpoint.Normalize(login.Endpoint),
                UserId = login.UserId,
                ExportDir = exportDir is null ? existing?.ExportDir : Path.GetFullPath(exportDir),
                PublicKey = login.Keys.PublicKey,
                MasterKey = Seal(login.Keys.MasterKey, key),
                SecretKey = Seal(login.Keys.SecretKey, key),
                Token = Seal(System.Text.Encoding.UTF8.GetBytes(login.Token), key),
                AddedAt = existing?.AddedAt ?? now,
                UpdatedAt = now,
            };
            accounts.Upsert(document);
            return document.ToInfo();
        });
    }

    /// <summary>Changes the export folder and/or the endpoint; null leaves a value as it is.</summary>
    public AccountInfo Update(string email, string? exportDir = null, string? endpoint = null)
    {
        var id = AccountEmail.Normalize(email);
        var normalizedEndpoint = endpoint is null ? null : EnteEndpoint.Normalize(endpoint);
        var now = Now();
        return database.Use(accounts =>
        {
            var document = accounts.FindById(id) ?? throw Unknown(id, accounts.FindAll().Select(a => a.ToInfo()));
            document.ExportDir = exportDir is null ? document.ExportDir : Path.GetFullPath(exportDir);
            document.Endpoint = normalizedEndpoint ?? document.Endpoint;
            document.UpdatedAt = now;
            accounts.Update(document);
            return document.ToInfo();
        });
    }

    /// <summary>Forgets an account and its secrets; false when there was none.</summary>
    public bool Remove(string email)
    {
        var id = AccountEmail.Normalize(email);
        return database.Use(accounts => accounts.Delete(id));
    }

    /// <summary>Decrypts the stored keys and token of <paramref name="email"/>.</summary>
    internal StoredSecrets LoadSecrets(string email)
    {
        var id = AccountEmail.Normalize(email);
        var document = database.Use(accounts => accounts.FindById(id)) ?? throw Unknown(id, List());
        if (!deviceKey.Exists)
        {
            throw Unreadable(document, null);
        }

        var key = deviceKey.Get();
        try
        {
            var token = Open(document.Token, key);
            var secrets = new StoredSecrets(document.ToInfo(), new AccountKeys(Open(document.MasterKey, key), Open(document.SecretKey, key), document.PublicKey), System.Text.Encoding.UTF8.GetString(token));
            CryptographicOperations.ZeroMemory(token);
            return secrets;
        }
        catch (CryptoException e)
        {
            throw Unreadable(document, e);
        }
    }

    private static AccountException Unknown(string email, IEnumerable<AccountInfo> accounts)
    {
        var known = string.Join(", ", accounts.Select(a => a.Email));
        return new AccountException(known.Length == 0
            ? $"No account {email} is set up; there are no accounts yet. {AccountHints.Add(email)}"
            : $"No account {email} is set up. Known accounts: {known}.");
    }

    private static AccountException Unreadable(AccountDocument document, Exception? inner) => new(
        $"The stored login for {document.Email} cannot be decrypted (the device key is missing or changed). "
        + $"Run `ente-tui account add --endpoint {document.Endpoint} --email {document.Email}` again.",
        inner);

    /// <summary>LiteDB keeps milliseconds; cutting here makes what Save returns equal what List reads back.</summary>
    private DateTime Now()
    {
        var now = time.GetUtcNow().UtcDateTime;
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
    }

    private static EncryptedSecret Seal(byte[] value, byte[] key)
    {
        var sealedValue = SecretBox.Encrypt(value, key);
        return new EncryptedSecret { Nonce = sealedValue.Nonce, Ciphertext = sealedValue.Ciphertext };
    }

    private static byte[] Open(EncryptedSecret value, byte[] key) => SecretBox.Decrypt(value.Ciphertext, value.Nonce, key);
}
