namespace EnteTui.LocalServer.Seeding;

/// <summary>A seeded file: its ID, title, type (0 image, 1 video, 2 live photo) and the source paths it came from.</summary>
public sealed record SeededFile(long Id, string Title, int FileType, IReadOnlyList<string> SourcePaths);
