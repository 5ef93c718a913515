using EnteTui.Core.Tests.Media;
using EnteTui.Fixtures;
using EnteTui.Tests.Account;

namespace EnteTui.Tests.Import;

/// <summary>Camera RAWs of every kind through `takeout import`: each goes up whole as a photo whose thumbnail is its embedded preview.</summary>
public sealed class RawImportTests(LocalServerFixture fixture) : IClassFixture<LocalServerFixture>, IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("import-raw-");

    public void Dispose() => work.Delete(recursive: true);

    [Fact]
    public async Task Every_raw_kind_is_imported_as_a_photo_with_its_embedded_preview_as_the_thumbnail()
    {
        var previews = CameraRaws.Names.Select((name, i) => (Name: name, Jpeg: MediaFactory.Jpeg(1024, 768, seed: 40 + i))).ToList();
        var raws = previews.ToDictionary(p => p.Name, p => CameraRaws.Make(p.Name, p.Jpeg, 1024, 768));
        var builder = new TakeoutBuilder();
        foreach (var (name, bytes) in raws)
        {
            builder.Add("Photos from 2024/" + name, bytes);
        }

        var parts = builder.Write(Path.Combine(work.FullName, "parts"), "zip");
        var (cli, email) = await fixture.LoggedInCliAsync();
        using var _ = cli;

        var run = await cli.RunAsync(["takeout", "import", .. parts]);

        Assert.True(run.ExitCode == 0, run.Error + run.Out);
        using var reader = new AccountReader(cli.Home, email);
        var files = (await reader.FilesAsync()).ToDictionary(f => f.Title);
        Assert.Equal(raws.Keys.Order(), files.Keys.Order());
        foreach (var (name, preview) in previews)
        {
            Assert.Equal(0, files[name].FileType);
            Assert.Equal(raws[name], files[name].Content);
            var thumbnail = await reader.ThumbnailAsync(name);
            Assert.Equal((720u, 540u), ThumbnailChecks.AssertPicture(thumbnail));
            Assert.True(ThumbnailChecks.Difference(thumbnail, preview) < 8, $"{name}: the thumbnail is not its embedded preview");
        }
    }
}
