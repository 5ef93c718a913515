namespace EnteTui.Core.Sync;

/// <summary>The decrypted keys of a logged-in account, held in memory for one run.</summary>
public sealed record AccountKeys(long UserId, byte[] MasterKey, byte[] SecretKey, byte[] PublicKey);
