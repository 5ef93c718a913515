namespace EnteTui.Core.Export;

/// <summary>
/// `&lt;root&gt;/.ente-tui/lock` (a <see cref="StoreLock"/>), held for the whole run so a second
/// exporter on the same root refuses to start; `owner` beside it says which process holds it.
/// </summary>
public static class ExportLock
{
    public static StoreLock Acquire(string root)
    {
        var dir = Path.Combine(root, ExportPlanner.LockFolder);
        return StoreLock.Acquire(Path.Combine(dir, "lock"), Path.Combine(dir, "owner"), owner =>
            new ExportLockedException($"Another export is already running into {root}{StoreLock.Describe(owner)}. Wait for it to finish, or stop it first."));
    }
}
