using System.Globalization;

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
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        try
        {
            var stream = new FileStream(databasePath + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            File.WriteAllText(databasePath + ".owner", string.Create(CultureInfo.InvariantCulture, $"pid {Environment.ProcessId} since {DateTimeOffset.UtcNow:O}\n"));
            return new StoreLock(stream);
        }
        catch (IOException e) when (e is not StoreInUseException)
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
