namespace EnteTui.LocalServer.Tests.Support;

/// <summary>What a logged-in client holds.</summary>
internal sealed record Session(long UserId, string Token, byte[] MasterKey, byte[] SecretKey, byte[] PublicKey);
