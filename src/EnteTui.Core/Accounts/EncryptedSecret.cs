namespace EnteTui.Core.Accounts;

/// <summary>A value secretbox'd with the device key, as stored in LiteDB.</summary>
internal sealed class EncryptedSecret
{
    public byte[] Nonce { get; set; } = [];

    public byte[] Ciphertext { get; set; } = [];
}
