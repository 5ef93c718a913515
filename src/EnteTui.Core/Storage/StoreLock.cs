using System.Globalization;
using System.Text;

namespace EnteTui.Core.Storage;

/// <summary>
/// `&lt;file&gt;.lock`, held exclusively while a LiteDB file is open, because LiteDB's direct mode lets
/// two processes write one file and corrupt it. The OS drops the lock when its process dies (even
/// kill -9), so a crash never leaves a lock behind; `&lt;file&gt;.owner` names the holder for the message.
/// </summary>
public sealed class StoreLock : IDisposable
{
    private readonly FileStream stream;

    private StoreLock(FileStream stream) => this.stream = stream;

    public static StoreLock Acquire(string databasePath, string what)
    {
        OwnerOnlyFiles.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        var stream = OpenExclusive(databasePath, what);
        try
        {
            var owner = string.Create(CultureInfo.InvariantCulture, $"pid {Environment.ProcessId} since {DateTimeOffset.UtcNow:O}\n");
            OwnerOnlyFiles.WriteAllBytes(databasePath + ".owner", Encoding.UTF8.GetBytes(owner));
            return new StoreLock(stream);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private static FileStream OpenExclusive(string databasePath, string what)
    {
        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            return new FileStream(databasePath + ".lock", options);
        }
        catch (IOException) when (File.Exists(databasePath + ".lock"))
        {
            var owner = TryRead(databasePath + ".owner");
            throw new StoreInUseException(
                $"The {what} ({databasePath}) is in use by another ente-tui process{(owner is null ? "" : $" ({owner})")}, e.g. the TUI or another export of this account. Close it or wait for it to finish, then try again.");
        }
    }

    public void Dispose() => stream.Dispose();

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
