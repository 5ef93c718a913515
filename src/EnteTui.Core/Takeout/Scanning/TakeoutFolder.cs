namespace EnteTui.Core.Takeout.Scanning;

/// <summary>A folder with media: its path as stored, kind, album title (albums only), year or day it stands for, and its album JSON.</summary>
public sealed record TakeoutFolder(string Path, FolderKind Kind, string? AlbumTitle, DateTime? FolderDate, TakeoutEntry? AlbumJson);
