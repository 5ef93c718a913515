using System.Runtime.Versioning;
using EnteTui.Core.Export;
using EnteTui.Core.Import.State;
using EnteTui.Core.Storage;
using EnteTui.Core.Sync;
using EnteTui.Core.Takeout.State;
using EnteTui.Core.Tests.Takeout.Support;

namespace EnteTui.Core.Tests.Storage;

/// <summary>One file lock for every state file and the export root, with the holder in the refusal.</summary>
public class StoreLockTests
{
    public static TheoryData<string> Stores => ["library", "export", "import", "takeout"];

    [Theory]
    [MemberData(nameof(Stores))]
    public void A_second_open_of_a_state_file_is_refused_until_the_first_closes(string kind)
    {
        using var dir = new TempDir();
        var path = dir.File("state/" + kind + ".db");
        var first = Open(kind, path);
        var refused = Assert.Throws<StoreInUseException>(() => Open(kind, path));
        Assert.Contains(path, refused.Message, StringComparison.Ordinal);
        Assert.Contains($"pid {Environment.ProcessId}", refused.Message, StringComparison.Ordinal);

        first.Dispose();
        Open(kind, path).Dispose();
    }

    [Fact]
    public void A_second_exporter_into_one_root_is_refused_with_the_holder()
    {
        using var dir = new TempDir();
        var root = dir.File("export");
        using (ExportLock.Acquire(root))
        {
            var refused = Assert.Throws<ExportLockedException>(() => ExportLock.Acquire(root));
            Assert.Contains($"Another export is already running into {root} (pid {Environment.ProcessId}", refused.Message, StringComparison.Ordinal);
        }

        ExportLock.Acquire(root).Dispose();
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void The_export_lock_files_are_owner_only_like_the_store_locks()
    {
        using var dir = new TempDir();
        var root = dir.File("export");
        using var held = ExportLock.Acquire(root);
        var ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        Assert.Equal(ownerOnly, File.GetUnixFileMode(Path.Combine(root, ExportPlanner.LockFolder, "lock")));
        Assert.Equal(ownerOnly, File.GetUnixFileMode(Path.Combine(root, ExportPlanner.LockFolder, "owner")));
    }

    private static IDisposable Open(string kind, string path) => kind switch
    {
        "library" => new LibraryStore(path),
        "export" => new ExportStateStore(path),
        "import" => new ImportStateStore(path),
        _ => new TakeoutStateStore(path),
    };
}
