using EnteTui.LocalServer.Fixtures;
using EnteTui.Tests.Export;

namespace EnteTui.Tests.Security;

public class HostileNamesExportTests(ExportServerFixture fixture) : IClassFixture<ExportServerFixture>
{
    private static readonly string[] HostileAlbums =
    [
        "..", ".", "/", "\\", "../../escape", "..\\..\\escape", "a/../../b", "/etc", "CON", "nul.txt", "COM1",
        new string('é', 200) + "😀", "😀👨‍👩‍👧", " ", "", ".ente-tui", ".trash", "Trip", "TRIP",
    ];

    private static readonly string[] HostileTitles =
    [
        "../../../evil.jpg", "/etc/passwd", "..", ".", "CON.jpg", "a\\..\\..\\b.jpg", string.Concat(Enumerable.Repeat("😀", 100)) + ".jpg", "metadata", ".meta",
    ];

    [Fact]
    public async Task Hostile_album_and_file_names_never_put_anything_outside_the_export_root_or_the_state_dirs()
    {
        using var s = await ExportScenario.CreateAsync(fixture.Server, new Dictionary<string, byte[]> { ["Base/x.jpg"] = ExportScenario.Bytes("x") });
        var source = Path.Combine(s.Cli.Home, "seed", "Base", "x.jpg");
        var fileCount = 1;
        foreach (var (album, i) in HostileAlbums.Select((a, i) => (a, i)))
        {
            var albumId = s.User.CreateAlbum(album);
            var title = HostileTitles[i % HostileTitles.Length];
            File.WriteAllBytes(source, ExportScenario.Bytes(album + i));
            var fileId = await s.User.UploadFileAsync(albumId, source);
            s.User.EditFile(fileId, new FileEdit { EditedName = title });
            fileCount++;
        }

        var root = Path.Combine(s.Cli.Home, "export", "deep", "root");
        var home = Directory.GetFileSystemEntries(s.Cli.Home).Append(Path.Combine(s.Cli.Home, "export")).Order(StringComparer.Ordinal).ToList();

        var run = await s.Cli.RunAsync(["export", "--dir", root, "--json"]);

        Assert.True(run.ExitCode == 0, run.Error + run.Out);
        Assert.Equal(home, Directory.GetFileSystemEntries(s.Cli.Home).Order(StringComparer.Ordinal).ToList());
        Assert.Equal([Path.Combine(s.Cli.Home, "export", "deep")], Directory.GetFileSystemEntries(Path.Combine(s.Cli.Home, "export")));
        Assert.Equal([root], Directory.GetFileSystemEntries(Path.Combine(s.Cli.Home, "export", "deep")));
        foreach (var entry in Directory.EnumerateFileSystemEntries(s.Cli.Home, "*", SearchOption.AllDirectories))
        {
            Assert.Null(new FileInfo(entry).LinkTarget);
            Assert.StartsWith(s.Cli.Home + Path.DirectorySeparatorChar, Path.GetFullPath(entry), StringComparison.Ordinal);
        }

        var media = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar))
            .Where(parts => parts[0] != ".ente-tui" && !parts.Contains(".meta"))
            .ToList();
        Assert.All(media, parts => Assert.Equal(2, parts.Length));
        Assert.Equal(fileCount, media.Count);
        Assert.Equal(HostileAlbums.Length + 1, media.Select(p => p[0]).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}
