namespace EnteTui.Core.Tests.Support;

/// <summary>
/// Finds <c>../shared/vectors</c>, where updates of the vector files come from. It exists only beside
/// CI's checkout (or a worktree of it); the tests themselves read the copy in <see cref="VectorFiles"/>.
/// </summary>
public static class SharedVectorsFolder
{
    public static string? TryLocate()
    {
        var fromEnv = Environment.GetEnvironmentVariable("ENTE_TUI_SHARED");
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return Existing(Path.Combine(fromEnv, "vectors"));
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EnteTui.sln")))
            {
                // Beside the repository, or beside a folder holding it (git worktrees such as ../wt/<name>).
                for (var holder = dir.Parent; holder is not null; holder = holder.Parent)
                {
                    if (Existing(Path.Combine(holder.FullName, "shared", "vectors")) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            }
        }

        return null;
    }

    private static string? Existing(string path) => Directory.Exists(path) ? path : null;
}
