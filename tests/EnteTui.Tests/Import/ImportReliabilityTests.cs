using System.Text.Json;
using EnteTui.Fixtures;
using EnteTui.LocalServer;
using EnteTui.LocalServer.Faults;
using EnteTui.Tests.Account;
using EnteTui.Tests.Support;

namespace EnteTui.Tests.Import;

/// <summary>Multipart uploads under injected 429/500/resets, and a full account (426) that stops cleanly.</summary>
public sealed class ImportReliabilityTests : IAsyncLifetime
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("import-reliability-");
    private LocalEnteServer? server;

    private LocalEnteServer Server => server!;

    public async Task InitializeAsync() => server = await LocalEnteServer.StartAsync(LocalServerOptions.ManyLogins);

    private async Task<(CliRunner Cli, string Email)> LoggedInAsync()
    {
        var email = LocalServerFixture.NewEmail();
        await Server.CreateAccountAsync(new AccountSpec(email, LocalServerFixture.Password) { OpsLimit = 2, MemLimit = 8L * 1024 * 1024 });
        var cli = new CliRunner();
        var add = await cli.RunAsync(["account", "add", "--endpoint", Server.BaseUrl, "--email", email, "--password-stdin"], [LocalServerFixture.Password]);
        Assert.True(add.ExitCode == 0, add.Error);
        return (cli, email);
    }

    [Fact]
    public async Task A_large_video_from_a_tgz_goes_up_in_parts_in_one_read_through_transient_faults()
    {
        var video = MediaFactory.Mp4(12, DateTimeOffset.UnixEpoch.AddYears(50), 21 * 1024 * 1024, 11);
        var photo = MediaFactory.Jpeg(640, 480, 12);
        var parts = new TakeoutBuilder()
            .Add("Photos from 2020/small.jpg", photo, part: 2)
            .Add("Photos from 2020/BIG.mp4", video, part: 2)
            .AddSidecar("Photos from 2020/BIG.mp4.json", new SidecarSpec("BIG.mp4") { PhotoTakenTime = 1_590_000_000 }, part: 1)
            .Write(Path.Combine(work.FullName, "parts"), "zip", "tgz");
        var (cli, email) = await LoggedInAsync();
        using var _ = cli;
        Server.Faults.Configure(new FaultOptions { ServerErrorRate = 0.08, TooManyRequestsRate = 0.08, ConnectionResetRate = 0.04, RetryAfterSeconds = 1, Seed = 7, ExcludePaths = ["/users"] });

        var run = await cli.RunAsync(["takeout", "import", .. parts, "--json"]);

        Server.Faults.Clear();
        Assert.True(run.ExitCode == 0, run.Error + run.Out);
        Assert.True(Server.Faults.InjectedCount > 0);
        using var reader = new AccountReader(cli.Home, email);
        var files = (await reader.FilesAsync()).ToDictionary(f => f.Title);
        Assert.Equal(video, files["BIG.mp4"].Content);
        Assert.Equal(1_590_000_000_000_000, files["BIG.mp4"].CreationTime);
        Assert.Equal(photo, files["small.jpg"].Content);
    }

    [Fact]
    public async Task Storage_full_stops_the_import_with_a_clear_message_and_a_rerun_finishes_it()
    {
        var builder = new TakeoutBuilder();
        for (var i = 0; i < 6; i++)
        {
            builder.Add($"Photos from 2020/P{i}.jpg", MediaFactory.NoiseJpeg(400, 300, i), part: 1);
        }

        var parts = builder.Write(Path.Combine(work.FullName, "parts"), "zip");
        var (cli, email) = await LoggedInAsync();
        using var _ = cli;
        Server.StorageQuotaBytes = 1;

        var full = await cli.RunAsync(["takeout", "import", .. parts, "--json"]);

        Assert.Equal(1, full.ExitCode);
        Assert.Contains("storage is full", full.Error, StringComparison.Ordinal);
        using (var json = JsonDocument.Parse(full.Out))
        {
            Assert.Equal("stopped", json.RootElement.GetProperty("status").GetString());
        }

        Server.StorageQuotaBytes = null;
        var rerun = await cli.RunAsync(["takeout", "import", .. parts]);
        Assert.True(rerun.ExitCode == 0, rerun.Error + rerun.Out);
        using var reader = new AccountReader(cli.Home, email);
        Assert.Equal(6, (await reader.FilesAsync()).Count);
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        work.Delete(recursive: true);
    }
}
