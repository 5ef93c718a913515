using System.Globalization;

namespace EnteTui.Core.Export;

/// <summary>
/// `&lt;root&gt;/.ente-tui/lock`, held exclusively for the whole run so a second exporter on the
/// same root refuses to start; `owner` beside it says which process holds it.
/// </summary>
public sealed class ExportLock : IDisposable
{
    private readonly FileStream stream;

    private ExportLock(FileStream stream) => this.stream = stream;

    public static ExportLock Acquire(string root)
    {
        var dir = Path.Combine(root, ExportPlanner.LockFolder);
        Directory.CreateDirectory(dir);
        try
        {
            var stream = new FileStream(Path.Combine(dir, "lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            File.WriteAllText(Path.Combine(dir, "owner"), string.Create(CultureInfo.InvariantCulture, $"pid {Environment.ProcessId} since {DateTimeOffset.UtcNow:O}\n"));
            return new ExportLock(stream);
        }
        catch (IOException)
        {
            var owner = TryRead(Path.Combine(dir, "owner"));
            throw new ExportLockedException($"Another export is already running into {root}{(owner is null ? "" : $" ({owner})")}. Wait for it to finish, or stop it first.");
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
