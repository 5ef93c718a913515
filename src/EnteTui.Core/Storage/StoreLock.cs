namespace EnteTui.Core.Storage;

/// <summary>
/// The one file lock: a lock file held exclusively (FileShare.None) while its owner runs, with an
/// owner file beside it naming the holder for the refusal message. The OS drops the lock when its
/// process dies (even kill -9), so a crash never leaves a lock behind. LiteDB files take
/// `&lt;file&gt;.lock` because LiteDB's direct mode lets two processes write one file and corrupt it.
/// </summary>
public sealed class StoreLock : IDisposable
{
    private readonly FileStream stream;

    private StoreLock(FileStream stream) => this.stream = stream;

    /// <summary>Locks the LiteDB file at <paramref name="databasePath"/>; <paramref name="what"/> names it in the refusal.</summary>
    public static StoreLock Acquire(string databasePath, string what) =>
        Acquire(databasePath + ".lock", databasePath + ".owner", owner => new StoreInUseException(
            $"The {what} ({databasePath}) is in use by another ente-tui process{Describe(owner)}, e.g. the TUI or another export of this account. Close it or wait for it to finish, then try again."));

    /// <summary>Locks <paramref name="lockPath"/>; when another holder has it, throws what <paramref name="refusal"/> makes of the holder's owner line.</summary>
    public static StoreLock Acquire(string lockPath, string ownerPath, Func<string?, Exception> refusal)
    {
        OwnerOnlyFiles.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(lockPath))!);
        var stream = OpenExclusive(lockPath, ownerPath, refusal);
        try
        {
            var owner = string.Create(CultureInfo.InvariantCulture, $"pid {Environment.ProcessId} since {DateTimeOffset.UtcNow:O}\n");
            OwnerOnlyFiles.WriteAllBytes(ownerPath, Encoding.UTF8.GetBytes(owner));
            return new StoreLock(stream);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>" (pid 12 since ...)" for a known holder, else nothing.</summary>
    public static string Describe(string? owner) => owner is null ? "" : $" ({owner})";

    public void Dispose() => stream.Dispose();

    private static FileStream OpenExclusive(string lockPath, string ownerPath, Func<string?, Exception> refusal)
    {
        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            return new FileStream(lockPath, options);
        }
        catch (IOException) when (File.Exists(lockPath))
        {
            throw refusal(TryRead(ownerPath));
        }
    }

    private static string? TryRead(string path)
    {
        try
        {
            return File.ReadAllText(path).Trim();
        }
        catch (IOException)
        {
            return null;
        }
    }
}
