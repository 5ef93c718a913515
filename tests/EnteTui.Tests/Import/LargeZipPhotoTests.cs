using EnteTui.Core.Media;
using EnteTui.Core.Tests.Media;
using EnteTui.Fixtures;
using EnteTui.Tests.Account;

namespace EnteTui.Tests.Import;

/// <summary>A photo above 4 MiB in a zip part is streamed (never held whole): hashed and thumbnailed in one read, then encrypted in a second.</summary>
public sealed class LargeZipPhotoTests(LocalServerFixture fixture) : IClassFixture<LocalServerFixture>, IDisposable
{
    private const string Title = "PXL_20240101_120000000.jpg";

    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("import-large-zip-");

    public void Dispose() => work.Delete(recursive: true);

    [Fact]
    public async Task A_photo_above_4_MiB_in_a_zip_part_goes_up_whole_with_a_thumbnail_of_its_pixels()
    {
        var jpeg = MediaFactory.NoiseJpeg(3200, 2400, 11);
        Assert.True(jpeg.Length > 4 << 20, $"the photo is only {jpeg.Length} bytes");
        var parts = new TakeoutBuilder()
            .Add("Photos from 2024/" + Title, jpeg)
            .AddSidecar("Photos from 2024/" + Title + ".json", new SidecarSpec(Title))
            .Write(Path.Combine(work.FullName, "parts"), "zip");
        var (cli, email) = await fixture.LoggedInCliAsync();
        using var _ = cli;

        var run = await cli.RunAsync(["takeout", "import", .. parts]);

        Assert.True(run.ExitCode == 0, run.Error + run.Out);
        using var reader = new AccountReader(cli.Home, email);
        var file = Assert.Single(await reader.FilesAsync());
        Assert.Equal(jpeg, file.Content);
        var thumbnail = await reader.ThumbnailAsync(Title);
        Assert.Equal((720u, 540u), ThumbnailChecks.AssertPicture(new MediaThumbnail(thumbnail, IsStatic: false, null, null)));
        Assert.True(ThumbnailChecks.Difference(thumbnail, jpeg) < 8, "the thumbnail is not the photo");
    }
}
