namespace EnteTui.Core.Crypto;

/// <summary>A Blob ciphertext (plaintext + 17 bytes) and its separate 24-byte secretstream header.</summary>
public sealed record EncryptedBlob(byte[] Ciphertext, byte[] Header);
