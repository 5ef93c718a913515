using System.Text.Json;
using EnteTui.Core.Export;

namespace EnteTui.Tests.Export;

public class AlbumRenameTests(ExportServerFixture fixture, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<ExportServerFixture>
{
    [Fact]
    public async Task Swapped_album_names_and_a_chain_of_renames_move_the_folders_without_downloading_again()
    {
        var files = new[] { "Alpha", "Beta", "Gamma", "Delta" }.ToDictionary(a => $"{a}/{a.ToLowerInvariant()}.jpg", a => ExportScenario.Bytes(a));
        using var s = await ExportScenario.CreateAsync(fixture.Server, files);
        Assert.Equal(0, (await s.ExportAsync()).ExitCode);
        var (alpha, beta, gamma, delta) = (s.AlbumId("Alpha"), s.AlbumId("Beta"), s.AlbumId("Gamma"), s.AlbumId("Delta"));

        s.User.RenameAlbum(alpha, "Beta");
        s.User.RenameAlbum(beta, "Alpha");
        s.User.RenameAlbum(gamma, "Delta");
        s.User.RenameAlbum(delta, "Epsilon");
        var run = await s.ExportAsync();

        Assert.True(run.ExitCode == 0, run.Error + run.Out);
        using var summary = JsonDocument.Parse(run.Out);
        Assert.Equal(0, summary.RootElement.GetProperty("downloaded").GetInt32());
        Assert.Equal(s.ExpectedTree(), s.ActualTree());
        Assert.True(File.Exists(Path.Combine(s.Root, "Beta", "alpha.jpg")));
        Assert.True(File.Exists(Path.Combine(s.Root, "Alpha", "beta.jpg")));
        Assert.True(File.Exists(Path.Combine(s.Root, "Epsilon", "delta.jpg")));
        Assert.False(File.Exists(AlbumFolderMoves.JournalPath(s.Root)));
        Assert.Empty(Directory.EnumerateFileSystemEntries(AlbumFolderMoves.StagingDir(s.Root)));
    }

    [Fact]
    public async Task A_kill_while_album_folders_rotate_names_is_finished_by_the_next_run()
    {
        const int Albums = 40;
        const int Seed = 20261203;
        var files = Enumerable.Range(0, Albums).ToDictionary(i => $"R{i:00}/r{i:00}.jpg", i => ExportScenario.Bytes($"rotating {i}"));
        using var s = await ExportScenario.CreateAsync(fixture.Server, files);
        Assert.Equal(0, (await s.ExportAsync()).ExitCode);
        var ids = Enumerable.Range(0, Albums).Select(i => s.AlbumId($"R{i:00}")).ToList();
        var random = new Random(Seed);
        var journal = AlbumFolderMoves.JournalPath(s.Root);
        var landed = 0;
        for (var round = 1; round <= 6; round++)
        {
            // Every album takes its neighbour's name: each target folder is vacated in the same run.
            for (var i = 0; i < Albums; i++)
            {
                s.User.RenameAlbum(ids[i], $"R{(i + round) % Albums:00}");
            }

            using (var process = ExportProcess.Start(s.Cli.Home, "export", "--dir", s.Root))
            {
                SpinWait.SpinUntil(() => process.HasExited || File.Exists(journal), TimeSpan.FromSeconds(60));
                var delay = random.Next(0, 4);
                if (delay > 0)
                {
                    Thread.Sleep(delay);
                }

                var midRename = File.Exists(journal) && !process.HasExited;
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }

                await process.WaitForExitAsync();
                landed += midRename ? 1 : 0;
                output.WriteLine($"seed {Seed} round {round}: killed mid-rename {midRename}, staged {Directory.EnumerateDirectories(AlbumFolderMoves.StagingDir(s.Root)).Count()}");
            }

            var rerun = await s.ExportAsync();
            Assert.True(rerun.ExitCode == 0, $"seed {Seed} round {round}: {rerun.Error}");
            using var summary = JsonDocument.Parse(rerun.Out);
            Assert.True(summary.RootElement.GetProperty("downloaded").GetInt32() == 0, $"seed {Seed} round {round}: downloaded again");
            Assert.Equal(s.ExpectedTree(), s.ActualTree());
            Assert.False(File.Exists(journal), $"seed {Seed} round {round}: journal left");
        }

        Assert.True(landed > 0, $"seed {Seed}: no kill landed while folders were being renamed");
    }
}
