namespace EnteTui.Core.Accounts;

/// <summary>Decrypted secrets of one stored account. ToString prints none of them.</summary>
internal sealed record StoredSecrets(AccountInfo Account, AccountKeys Keys, string Token)
{
    public override string ToString() => Account.Email;
}
