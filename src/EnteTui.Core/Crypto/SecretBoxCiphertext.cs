namespace EnteTui.Core.Crypto;

/// <summary>A secretbox ciphertext (16-byte MAC followed by the message) and its 24-byte nonce.</summary>
public sealed record SecretBoxCiphertext(byte[] Ciphertext, byte[] Nonce);
