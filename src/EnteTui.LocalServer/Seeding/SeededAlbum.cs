namespace EnteTui.LocalServer.Seeding;

/// <summary>A seeded collection: its ID, name, type, owner and files.</summary>
public sealed record SeededAlbum(long Id, string Name, string Type, string OwnerEmail, int Visibility, IReadOnlyList<SeededFile> Files);
