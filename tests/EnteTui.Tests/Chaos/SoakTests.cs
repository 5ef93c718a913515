using System.Globalization;
using EnteTui.LocalServer.Faults;
using EnteTui.LocalServer.Fixtures;
using EnteTui.Tests.Export;

namespace EnteTui.Tests.Chaos;

/// <summary>
/// Continuous export (repeated runs through the same command and code path as `--watch`) while a
/// seeded random driver changes the library and the server injects 429/500/connection resets and
/// latency. Every run leaves no partial file and nothing outside the root; a run that completes
/// without failures has exactly the expected tree; after the faults stop, the last run does too.
/// 8 cycles always; 80 with ENTE_TUI_SOAK=1. Replay with ENTE_TUI_CHAOS_SEED.
/// </summary>
public class SoakTests(CountingServerFixture fixture, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<CountingServerFixture>
{
    [Fact]
    public async Task Continuous_export_under_random_mutations_and_faults_ends_with_the_exact_tree()
    {
        var seed = ChaosSettings.Seed(20261203);
        var cycles = ChaosSettings.Soak ? 80 : 8;
        var random = new Random(seed);
        var files = new Dictionary<string, byte[]>();
        for (var i = 0; i < 9; i++)
        {
            files[$"Soak {i % 3}/seed_{i:00}.jpg"] = ExportScenario.Bytes($"soak {i}", 8_000);
        }

        using var s = await ExportScenario.CreateAsync(fixture.Server, files);
        var driver = new MutationDriver(s, random);
        string[] allowed = ["config", "data", "state", "seed", "uploads", Path.GetFileName(s.Root)];
        fixture.Server.Faults.Configure(new FaultOptions
        {
            TooManyRequestsRate = 0.05,
            ServerErrorRate = 0.05,
            ConnectionResetRate = 0.03,
            RetryAfterSeconds = 0,
            Latency = TimeSpan.FromMilliseconds(3),
            Seed = seed,
        });
        try
        {
            for (var cycle = 1; cycle <= cycles; cycle++)
            {
                var applied = driver.Apply(random.Next(1, 4));
                var run = await s.ExportAsync("--parallel", "4");
                output.WriteLine($"seed {seed} cycle {cycle}: {string.Join("; ", applied)} -> exit {run.ExitCode}");
                Assert.DoesNotContain(Directory.EnumerateFiles(s.Root, "*", SearchOption.AllDirectories), f => f.EndsWith(".ente-partial", StringComparison.Ordinal));
                var beside = Directory.EnumerateFileSystemEntries(s.Cli.Home).Select(Path.GetFileName).Except(allowed).ToList();
                Assert.True(beside.Count == 0, $"seed {seed} cycle {cycle}: written beside the export root: {string.Join(", ", beside)}");
                if (run.ExitCode == 0)
                {
                    Assert.True(s.ExpectedTree().SequenceEqual(s.ActualTree()), $"seed {seed} cycle {cycle}: a clean run left a tree that differs from the server");
                }
            }
        }
        finally
        {
            fixture.Server.Faults.Configure(FaultOptions.None);
        }

        output.WriteLine($"seed {seed}: {fixture.Server.Faults.InjectedCount} faults injected");
        Assert.True(fixture.Server.Faults.InjectedCount > 0, $"seed {seed}: no fault was injected");
        var final = await s.ExportAsync();

        Assert.True(final.ExitCode == 0, $"seed {seed}: {final.Error}{final.Out}");
        Assert.Equal(s.ExpectedTree(), s.ActualTree());
        Assert.False(File.Exists(Path.Combine(s.Root, ".ente-tui", "renaming", "journal.json")));
    }

    /// <summary>Random library changes with unique names (so the expected tree is the server's view).</summary>
    private sealed class MutationDriver(ExportScenario s, Random random)
    {
        private int counter;

        public List<string> Apply(int count) => Enumerable.Range(0, count).Select(_ => ApplyOne()).ToList();

        private string ApplyOne()
        {
            var user = s.User;
            var albums = user.Albums().Where(a => !a.IsDeleted && a.Type == "album").ToList();
            var files = albums.SelectMany(a => user.Files(a.Id).Select(f => (Album: a, File: f))).ToList();
            var choice = albums.Count < 2 ? 0 : random.Next(10);
            var n = Interlocked.Increment(ref counter).ToString(CultureInfo.InvariantCulture);
            switch (choice)
            {
                case 0:
                    var created = user.CreateAlbum("New " + n);
                    Upload(created, n);
                    return "create album " + n;
                case 1:
                    var renamed = Pick(albums);
                    user.RenameAlbum(renamed.Id, "Renamed " + n);
                    return $"rename {renamed.Name} -> Renamed {n}";
                case 2 when albums.Count > 2:
                    var deleted = Pick(albums);
                    user.DeleteAlbum(deleted.Id);
                    return "delete album " + deleted.Name;
                case 3 or 4:
                    Upload(Pick(albums).Id, n);
                    return "upload " + n;
                case 5 when files.Count > 0:
                    var (_, added) = Pick(files);
                    var into = Pick(albums);
                    if (user.Files(into.Id).Any(f => f.Id == added.Id))
                    {
                        return "add skipped";
                    }

                    user.AddToAlbum(added.Id, into.Id);
                    return $"add {added.Title} to {into.Name}";
                case 6 when files.GroupBy(f => f.File.Id).Any(g => g.Count() > 1):
                    var shared = Pick(files.GroupBy(f => f.File.Id).Where(g => g.Count() > 1).ToList()).First();
                    user.RemoveFromAlbum(shared.File.Id, shared.Album.Id);
                    return $"remove {shared.File.Title} from {shared.Album.Name}";
                case 7 when files.Count > 0:
                    var trashed = Pick(files).File;
                    user.TrashFile(trashed.Id);
                    return "trash " + trashed.Title;
                case 8 when files.Count > 0:
                    var captioned = Pick(files).File;
                    user.EditFile(captioned.Id, new FileEdit { Caption = "caption " + n });
                    return "caption " + captioned.Title;
                case 9 when files.Count > 0:
                    var dated = Pick(files).File;
                    user.EditFile(dated.Id, new FileEdit { EditedTime = DateTimeOffset.FromUnixTimeSeconds(1_000_000_000L + random.Next(1, 100_000_000)) });
                    return "date " + dated.Title;
                default:
                    Upload(Pick(albums).Id, n);
                    return "upload " + n;
            }
        }

        private void Upload(long albumId, string n)
        {
            var path = Path.Combine(s.Cli.Home, "uploads", $"up_{n}.jpg");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, ExportScenario.Bytes("upload " + n, 4_000));
            s.Uploaded[s.User.UploadFileAsync(albumId, path).GetAwaiter().GetResult()] = [path];
        }

        private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
    }
}
