namespace EnteTui.Core.Import.Upload;

/// <summary>A collection of the account with its decrypted key and name.</summary>
public sealed record AccountCollection(long Id, string Name, string Type, byte[] Key, bool IsOwned, bool IsHidden)
{
    public const string Album = "album";
    public const string Favorites = "favorites";
    public const string Uncategorized = "uncategorized";
}
