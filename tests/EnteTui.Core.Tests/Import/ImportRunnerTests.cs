using EnteTui.Core.Crypto;
using EnteTui.Core.Import;
using EnteTui.Core.Import.Metadata;
using EnteTui.Core.Import.Planning;
using EnteTui.Core.Import.State;
using EnteTui.Fixtures;

namespace EnteTui.Core.Tests.Import;

public sealed class ImportRunnerTests : IDisposable
{
    private const string Root = "Takeout/Google Photos/";
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("import-runner-");
    private readonly byte[] masterKey = CryptoRandom.NewKey();
    private readonly Dictionary<string, byte[]> bytes = [];
    private readonly List<ImportMedia> media = [];

    public ImportRunnerTests()
    {
        Add("Photos from 2020/solo.jpg", 1, new SidecarFacts { Title = "solo.jpg", PhotoTakenTime = 1_600_000_000, Description = "caption!" }, year: 2020);
        Add("Photos from 2020/pair.jpg", 2, new SidecarFacts { Title = "pair.jpg", PhotoTakenTime = 1_600_000_100 }, year: 2020);
        Add("Trip/pair.jpg", 2, new SidecarFacts { Title = "pair.jpg", PhotoTakenTime = 1_600_000_100 }, album: "Trip");
        Add("Photos from 2021/fav.jpg", 3, new SidecarFacts { Title = "fav.jpg", PhotoTakenTime = 1_610_000_000, Favorited = true }, year: 2021);
        Add("Photos from 2021/nosidecar.jpg", 4, null, year: 2021);
    }

    private void Add(string path, int seed, SidecarFacts? sidecar, int? year = null, string? album = null)
    {
        bytes[Root + path] = MediaFactory.Jpeg(64, 48, seed);
        media.Add(new ImportMedia { Path = Root + path, Size = bytes[Root + path].Length, Sidecar = sidecar, FolderDate = year is int y ? new DateOnly(y, 1, 1) : null, AlbumTitle = album });
    }

    private async Task<ImportSummary> RunAsync(FakeImportTarget target, bool withFiles, ImportOptions? options = null)
    {
        var plan = ImportPlanner.Plan(media, options ?? new ImportOptions { Parallelism = 2 });
        using var state = new ImportStateStore(Path.Combine(dir.FullName, "1.db"));
        var runner = new ImportRunner(new MemorySource(bytes), target, state, TimeProvider.System);
        return await runner.RunAsync(plan, target.Snapshot(withFiles), null, CancellationToken.None);
    }

    [Fact]
    public async Task Uploads_each_photo_once_into_its_albums_uncategorized_and_favorites()
    {
        var target = new FakeImportTarget(masterKey);
        var summary = await RunAsync(target, withFiles: false);

        Assert.True(summary.Succeeded);
        Assert.Equal(4, summary.Uploaded);
        Assert.Equal(4, target.Files.Count);
        string[] Albums(string title) => target.Rows.Where(r => target.MetadataOf(r.FileId).Contains($"\"title\":\"{title}\"", StringComparison.Ordinal))
            .Select(r => target.NameOf(r.CollectionId)).Order().ToArray();
        Assert.Equal(["Uncategorized"], Albums("solo.jpg"));
        Assert.Equal(["Trip"], Albums("pair.jpg"));
        Assert.Equal(["Favorites", "Uncategorized"], Albums("fav.jpg"));
        Assert.Equal(["Uncategorized"], Albums("nosidecar.jpg"));
    }

    [Fact]
    public async Task A_rerun_after_a_lost_create_response_posts_the_same_keys_and_makes_no_duplicate()
    {
        var target = new FakeImportTarget(masterKey) { ResetAfterCreate = 2 };
        var first = await RunAsync(target, withFiles: false, new ImportOptions { Parallelism = 1 });
        Assert.Single(first.Failures);
        Assert.Equal(4, target.Files.Count);

        var second = await RunAsync(target, withFiles: false);
        Assert.True(second.Succeeded);
        Assert.Equal(3, second.DoneEarlier);
        Assert.Equal(4, target.Files.Count);
        Assert.Equal(4, target.Files.Select(f => f.Request.File.ObjectKey).Distinct().Count());
    }

    [Fact]
    public async Task A_new_import_of_the_same_takeout_only_adds_missing_album_links()
    {
        var target = new FakeImportTarget(masterKey);
        await RunAsync(target, withFiles: false);
        File.Delete(Path.Combine(dir.FullName, "1.db"));

        var again = await RunAsync(target, withFiles: true);
        Assert.True(again.Succeeded);
        Assert.Equal(0, again.Uploaded);
        Assert.Equal(4, again.AlreadyPresent);
        Assert.Equal(4, target.Files.Count);
    }

    [Fact]
    public async Task Storage_full_stops_the_run_with_a_clear_reason_and_a_rerun_finishes()
    {
        var target = new FakeImportTarget(masterKey) { StorageFullAfterFiles = 0 };
        var stopped = await RunAsync(target, withFiles: false, new ImportOptions { Parallelism = 1 });
        Assert.False(stopped.Succeeded);
        Assert.Contains("storage is full", stopped.StoppedReason, StringComparison.Ordinal);
        Assert.Empty(target.Files);

        target.StorageFullAfterFiles = int.MaxValue;
        var resumed = await RunAsync(target, withFiles: false);
        Assert.True(resumed.Succeeded);
        Assert.Equal(4, target.Files.Count);
    }

    [Fact]
    public async Task Caption_and_album_override_reach_the_server()
    {
        var target = new FakeImportTarget(masterKey);
        await RunAsync(target, withFiles: false, new ImportOptions { AlbumForUnsorted = "From Google" });
        Assert.DoesNotContain(target.Rows, r => target.NameOf(r.CollectionId) == "Uncategorized");
        var solo = target.Files.Single(f => target.MetadataOf(f.Id).Contains("solo.jpg", StringComparison.Ordinal));
        Assert.NotNull(solo.Request.PubMagicMetadata);
        Assert.Equal(1, solo.Request.PubMagicMetadata.Version);
    }

    [Fact]
    public async Task Forty_different_photos_of_one_size_are_one_group_with_a_storable_key_and_all_upload()
    {
        var basis = MediaFactory.Jpeg(64, 48, 7);
        for (var i = 0; i < 40; i++)
        {
            var path = $"{Root}Photos from 2022/burst_{i:000}.jpg";
            bytes[path] = [.. basis[..2], 0xFF, 0xFE, 0, 5, (byte)'0', (byte)('0' + (i / 10)), (byte)('0' + (i % 10)), .. basis[2..]];
            media.Add(new ImportMedia { Path = path, Size = bytes[path].Length, FolderDate = new DateOnly(2022, 1, 1) });
        }

        var target = new FakeImportTarget(masterKey);
        var summary = await RunAsync(target, withFiles: false);

        Assert.True(summary.Succeeded, string.Join("; ", summary.Failures.Select(f => f.Message)));
        Assert.Equal(44, summary.Uploaded);
        Assert.Equal(44, target.Files.Count);
    }

    public void Dispose() => dir.Delete(recursive: true);
}
