using System.Text.Json;
using EnteTui.Fixtures;
using EnteTui.Tests.Account;

namespace EnteTui.Tests.Import;

/// <summary>
/// Copies of one photo are found by content, in Google's real shapes: sidecars whose `url` is
/// missing, empty, redacted to one shared value or shared with another photo, bursts with equal
/// title and time, the same photo in a year folder and two albums (in one part and across parts),
/// a path repeated in two parts; and a photo uploaded once through Ente's web app (titled by its
/// on-disk name) is not uploaded again.
/// </summary>
public sealed class ContentGroupingTests(LocalServerFixture fixture) : IClassFixture<LocalServerFixture>, IDisposable
{
    private const string Redacted = "https://photos.google.com/photo/REDACTED";
    private static readonly long Taken = new DateTimeOffset(2023, 9, 22, 15, 45, 25, TimeSpan.Zero).ToUnixTimeSeconds();
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("takeout-grouping-");

    private readonly byte[] trip = MediaFactory.Jpeg(640, 480, 31);
    private readonly byte[] beach = MediaFactory.Jpeg(600, 400, 32);
    private readonly byte[] split = MediaFactory.Jpeg(320, 240, 33);
    private readonly byte[] burst = MediaFactory.Jpeg(500, 375, 34);
    private readonly byte[] sharedUrl = MediaFactory.Jpeg(480, 360, 35);

    /// <summary>Same size, different bytes: a JPEG with one different byte after its end marker.</summary>
    private static byte[] Variant(byte[] jpeg, byte tail) => [.. jpeg, tail];

    private static SidecarSpec Sidecar(string title, string? url) => new(title) { PhotoTakenTime = Taken, Url = url };

    [Fact]
    public async Task Identical_bytes_are_one_upload_in_every_album_and_different_bytes_are_never_one_item()
    {
        var parts = new TakeoutBuilder()
            .Add("Photos from 2023/PXL_trip.jpg", trip, part: 1).AddSidecar("Photos from 2023/PXL_trip.jpg.supplemental-metadata.json", Sidecar("PXL_trip.jpg", SidecarSpec.NoUrl), part: 1)
            .Add("Road trip/PXL_trip.jpg", trip, part: 1).AddSidecar("Road trip/PXL_trip.jpg.supplemental-metadata.json", Sidecar("PXL_trip.jpg", ""), part: 2)
            .Add("Best of/PXL_trip.jpg", trip, part: 2).AddSidecar("Best of/PXL_trip.jpg.json", Sidecar("PXL_trip.jpg", Redacted), part: 2)
            .AddAlbum("Road trip", "Road trip to Rome", part: 3, fileName: "métadonnées.json")
            .AddAlbum("Best of", "Best of 2023", part: 2, fileName: "Metadaten.json")
            .Add("Photos from 2023/beach.jpg", beach, part: 3).AddSidecar("Photos from 2023/beach.jpg.json", Sidecar("beach.jpg", Redacted), part: 3)
            .Add("Sea/beach.jpg", beach, part: 3).AddSidecar("Sea/beach.jpg.json", Sidecar("beach.jpg", Redacted), part: 3).AddAlbum("Sea", "", part: 3)
            .Add("Sunset/beach.jpg", beach, part: 3).AddSidecar("Sunset/beach.jpg.json", Sidecar("beach.jpg", SidecarSpec.NoUrl), part: 3).AddAlbum("Sunset", "Sunsets", part: 3)
            .Add("Photos from 2023/IMG_5.jpg", split, part: 1).Add("Photos from 2023/IMG_5.jpg", split, part: 2).AddSidecar("Photos from 2023/IMG_5.jpg.json", Sidecar("IMG_5.jpg", null), part: 3)
            .Add("Photos from 2023/IMG_0100.jpg", Variant(burst, 1), part: 1).AddSidecar("Photos from 2023/IMG_0100.jpg.json", Sidecar("IMG_0100.jpg", SidecarSpec.NoUrl), part: 1)
            .Add("Photos from 2023/IMG_0100(1).jpg", Variant(burst, 2), part: 2).AddSidecar("Photos from 2023/IMG_0100.jpg(1).json", Sidecar("IMG_0100.jpg", SidecarSpec.NoUrl), part: 2)
            .Add("Photos from 2023/IMG_0101.jpg", Variant(sharedUrl, 1), part: 1).AddSidecar("Photos from 2023/IMG_0101.jpg.json", Sidecar("IMG_0101.jpg", Redacted), part: 1)
            .Add("Photos from 2023/IMG_0101-edited.jpg", Variant(sharedUrl, 2), part: 1)
            .Add("Photos from 2023/IMG_0102.jpg", Variant(sharedUrl, 3), part: 3).AddSidecar("Photos from 2023/IMG_0102.jpg.json", Sidecar("IMG_0102.jpg", Redacted), part: 3)
            .Write(Path.Combine(work.FullName, "parts"), "zip", "tgz", "zip");
        var (cli, email) = await fixture.LoggedInCliAsync();
        using var _ = cli;

        var run = await cli.RunAsync(["takeout", "import", .. parts, "--json"]);

        Assert.True(run.ExitCode == 0, run.Error + run.Out);
        var counts = await OutcomeIdentity.AssertAsync(cli, parts, run.Out);
        Assert.Equal(13, counts.Values.Sum());
        Assert.Equal((8, 5), (counts["uploaded"], counts["copyOfAnother"]));
        using (var json = JsonDocument.Parse(run.Out))
        {
            var copies = json.RootElement.GetProperty("notUploaded").EnumerateArray().Where(e => e.GetProperty("outcome").GetString() == "copyOfAnother").ToList();
            Assert.Equal(2, copies.Count(c => c.GetProperty("path").GetString()!.EndsWith("PXL_trip.jpg", StringComparison.Ordinal)));
            Assert.Contains(copies, c => c.GetProperty("path").GetString()!.EndsWith("IMG_5.jpg", StringComparison.Ordinal));
        }

        using var reader = new AccountReader(cli.Home, email);
        var files = await reader.FilesAsync();
        Assert.Equal(8, files.Count);
        Assert.Equal(["Best of 2023", "Road trip to Rome"], files.Single(f => f.Content.SequenceEqual(trip)).Albums.Order(StringComparer.Ordinal));
        Assert.Equal(["Sea", "Sunsets"], files.Single(f => f.Content.SequenceEqual(beach)).Albums.Order(StringComparer.Ordinal));
        Assert.Equal(["Uncategorized"], files.Single(f => f.Content.SequenceEqual(split)).Albums);
        Assert.Equal(2, files.Count(f => f.Title == "IMG_0100.jpg"));
        Assert.Single(files, f => f.Content.SequenceEqual(Variant(burst, 1)));
        Assert.Single(files, f => f.Content.SequenceEqual(Variant(burst, 2)));
        Assert.Single(files, f => f.Content.SequenceEqual(Variant(sharedUrl, 1)));
        Assert.Single(files, f => f.Content.SequenceEqual(Variant(sharedUrl, 2)));
        Assert.Single(files, f => f.Content.SequenceEqual(Variant(sharedUrl, 3)));
    }

    [Fact]
    public async Task A_takeout_once_uploaded_through_entes_web_app_under_its_on_disk_names_is_not_uploaded_again()
    {
        var photo = MediaFactory.Jpeg(400, 300, 41);
        var web = new TakeoutBuilder().Add("Photos from 2022/IMG_7000(1).jpg", photo).Write(Path.Combine(work.FullName, "web"), "zip");
        var takeout = new TakeoutBuilder()
            .Add("Photos from 2023/IMG_7000(1).jpg", photo, part: 1)
            .AddSidecar("Photos from 2023/IMG_7000.jpg(1).json", Sidecar("IMG_7000.jpg", null), part: 2)
            .Write(Path.Combine(work.FullName, "takeout"), "zip", "tgz");
        var (cli, email) = await fixture.LoggedInCliAsync();
        using var _ = cli;
        var first = await cli.RunAsync(["takeout", "import", .. web, "--json"]);
        Assert.True(first.ExitCode == 0, first.Error + first.Out);

        var run = await cli.RunAsync(["takeout", "import", .. takeout, "--json"]);

        Assert.True(run.ExitCode == 0, run.Error + run.Out);
        var counts = await OutcomeIdentity.AssertAsync(cli, takeout, run.Out);
        Assert.Equal((0, 1), (counts["uploaded"], counts["alreadyInEnte"]));
        using var reader = new AccountReader(cli.Home, email);
        Assert.Equal("IMG_7000(1).jpg", Assert.Single(await reader.FilesAsync()).Title);
    }

    public void Dispose() => work.Delete(recursive: true);
}
