using LiteDB;

namespace EnteTui.Core.Accounts;

/// <summary>One account in <c>accounts.db</c>. Master key, secret key and token are encrypted with the device key.</summary>
internal sealed class AccountDocument
{
    [BsonId]
    public string Email { get; set; } = "";

    public string Endpoint { get; set; } = "";

    public long UserId { get; set; }

    public string? ExportDir { get; set; }

    public byte[] PublicKey { get; set; } = [];

    public EncryptedSecret MasterKey { get; set; } = new();

    public EncryptedSecret SecretKey { get; set; } = new();

    public EncryptedSecret Token { get; set; } = new();

    public DateTime AddedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public AccountInfo ToInfo() => new(
        Email,
        Endpoint,
        UserId,
        ExportDir,
        new DateTimeOffset(AddedAt.ToUniversalTime()),
        new DateTimeOffset(UpdatedAt.ToUniversalTime()));
}
