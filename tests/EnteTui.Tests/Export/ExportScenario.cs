using System.Security.Cryptography;
using System.Text.Json.Nodes;
using EnteTui.LocalServer;
using EnteTui.LocalServer.Fixtures;
using EnteTui.LocalServer.Seeding;
using EnteTui.Tests.Support;

namespace EnteTui.Tests.Export;

/// <summary>
/// A seeded account on the local server, logged in through `account add`, exported with the real
/// command. <see cref="ExpectedTree"/> derives the whole expected export tree from the server's
/// view of the account and the seed files; <see cref="ActualTree"/> reads what the export wrote.
/// </summary>
public sealed class ExportScenario : IDisposable
{
    public const string Password = "correct horse battery staple";

    private readonly string seed;

    private ExportScenario(LocalEnteServer server, CliRunner cli, string seed, string email, SeedResult seeded)
    {
        Server = server;
        Cli = cli;
        this.seed = seed;
        Email = email;
        Seeded = seeded;
        Root = Path.Combine(cli.Home, "export");
    }

    public LocalEnteServer Server { get; }

    public CliRunner Cli { get; }

    public string Email { get; }

    public SeedResult Seeded { get; }

    public string Root { get; }

    public FixtureUser User => Server.User(Email);

    /// <summary>Source files of uploads made after seeding (file ID → paths).</summary>
    public Dictionary<long, IReadOnlyList<string>> Uploaded { get; } = [];

    /// <summary>Seed file path (relative to the seed folder) → content; written, seeded, then logged in.</summary>
    public static async Task<ExportScenario> CreateAsync(LocalEnteServer server, IReadOnlyDictionary<string, byte[]> files)
    {
        var cli = new CliRunner();
        var seed = Path.Combine(cli.Home, "seed");
        foreach (var (path, bytes) in files)
        {
            var full = Path.Combine(seed, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }

        var email = $"export-{Guid.NewGuid():N}@example.org";
        var seeded = await server.SeedAsync(seed, new AccountSpec(email, Password) { OpsLimit = 1, MemLimit = 8L * 1024 * 1024 });
        var add = await cli.RunAsync(["account", "add", "--endpoint", server.BaseUrl, "--email", email, "--password-stdin"], [Password]);
        Assert.True(add.ExitCode == 0, add.Error);
        return new ExportScenario(server, cli, seed, email, seeded);
    }

    public static byte[] Bytes(string text, int size = 64) =>
        [.. System.Text.Encoding.UTF8.GetBytes(text), .. RandomNumberGenerator.GetBytes(size)];

    public Task<CliResult> ExportAsync(params string[] extra) => Cli.RunAsync(["export", "--dir", Root, "--json", .. extra]);

    public long AlbumId(string name) => User.Albums().Single(a => a.Name == name && !a.IsDeleted).Id;

    public long FileId(string album, string title) => User.Files(AlbumId(album)).Single(f => f.Title == title).Id;

    /// <summary>Album folder → media name → bytes, from the seed files (live photos: both parts).</summary>
    public SortedDictionary<string, string> ExpectedTree(Func<string, string>? folderOf = null, bool includeHidden = false)
    {
        var tree = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var sources = Seeded.Albums.SelectMany(a => a.Files).GroupBy(f => f.Id).ToDictionary(g => g.Key, g => g.First().SourcePaths);
        foreach (var (id, paths) in Uploaded)
        {
            sources[id] = paths;
        }

        foreach (var album in User.Albums().Where(a => !a.IsDeleted && (includeHidden || a.Visibility != 2)))
        {
            var folder = (folderOf ?? (n => n))(album.Name);
            tree[$"{folder}/.meta/album_meta.json"] = Canonical(new JsonObject
            {
                ["id"] = album.Id,
                ["ownerID"] = album.OwnerId,
                ["albumName"] = album.Name,
                ["isDeleted"] = false,
                ["accountOwnerIDs"] = new JsonArray(User.UserId),
            });
            foreach (var file in User.Files(album.Id))
            {
                var title = file.EditedName ?? file.Title;
                var stem = Path.GetFileNameWithoutExtension(title);
                var paths = sources[file.Id];
                var names = file.FileType == PreparedMedia.LivePhoto
                    ? paths.Select(p => stem + Path.GetExtension(p)).ToList()
                    : [title];
                for (var i = 0; i < names.Count; i++)
                {
                    tree[$"{folder}/{names[i]}"] = Hash(File.ReadAllBytes(paths[i]));
                    tree[$"{folder}/.meta/{names[i]}.json"] = Canonical(Sidecar(file, album.Id, title, names));
                }
            }
        }

        return tree;
    }

    /// <summary>The export root minus `.ente-tui/`: media as hashes, JSON canonicalized (volatile sidecar keys dropped).</summary>
    public SortedDictionary<string, string> ActualTree(string? root = null)
    {
        root ??= Root;
        var tree = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(root))
        {
            return tree;
        }

        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (relative.StartsWith(".ente-tui/", StringComparison.Ordinal))
            {
                continue;
            }

            tree[relative] = relative.Contains("/.meta/", StringComparison.Ordinal)
                ? Canonical(Comparable(JsonNode.Parse(File.ReadAllBytes(path))!.AsObject()))
                : Hash(File.ReadAllBytes(path));
        }

        return tree;
    }

    public void Dispose()
    {
        Cli.Dispose();
        _ = seed;
    }

    private JsonObject Sidecar(FileSummary file, long albumId, string title, IReadOnlyList<string> names)
    {
        var taken = (long)Math.Floor((file.EditedTime ?? file.CreationTime) / 1_000_000m);
        return new JsonObject
        {
            ["title"] = title,
            ["description"] = file.Caption ?? "",
            ["photoTakenTime"] = new JsonObject { ["timestamp"] = taken.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            ["creationTime"] = new JsonObject { ["timestamp"] = taken.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            ["ente"] = new JsonObject
            {
                ["fileID"] = file.Id,
                ["collectionID"] = albumId,
                ["ownerID"] = file.OwnerId,
                ["hash"] = file.Hash,
                ["fileNames"] = new JsonArray([.. names.Select(n => (JsonNode)n!)]),
            },
        };
    }

    /// <summary>Keeps the keys the expected tree pins; album_meta.json is compared whole.</summary>
    private static JsonObject Comparable(JsonObject json)
    {
        if (json.ContainsKey("albumName"))
        {
            return json;
        }

        foreach (var key in new[] { "modificationTime", "geoData" })
        {
            Assert.True(json.ContainsKey(key), $"sidecar lacks {key}");
            json.Remove(key);
        }

        foreach (var key in new[] { "photoTakenTime", "creationTime" })
        {
            Assert.False(string.IsNullOrEmpty(json[key]!["formatted"]!.GetValue<string>()));
            json[key]!.AsObject().Remove("formatted");
        }

        return json;
    }

    private static string Canonical(JsonNode node) => node.ToJsonString();

    private static string Hash(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes))[..16];
}
