namespace EnteTui.LocalServer;

/// <summary>A provisioned account.</summary>
public sealed record ServerAccount(long UserId, string Email);
