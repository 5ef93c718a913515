namespace EnteTui.LocalServer.Seeding;

/// <summary>What seeding created: collections with their files, and the paths it skipped.</summary>
public sealed record SeedResult(IReadOnlyList<SeededAlbum> Albums, IReadOnlyList<string> Skipped)
{
    public int FileCount => Albums.Sum(a => a.Files.Count);
}
