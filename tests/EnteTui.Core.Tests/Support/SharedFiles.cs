namespace EnteTui.Core.Tests.Support;

/// <summary>Finds the project's <c>../shared</c> folder (docs and test vectors) from the test binaries.</summary>
public static class SharedFiles
{
    public static string Root { get; } = Locate();

    public static string Vector(string fileName) => Path.Combine(Root, "vectors", fileName);

    private static string Locate()
    {
        var fromEnv = Environment.GetEnvironmentVariable("ENTE_TUI_SHARED");
        if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(fromEnv))
        {
            return fromEnv;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EnteTui.sln")))
            {
                // Beside the repository, or beside a folder holding it (git worktrees such as ../wt/<name>).
                for (var holder = dir.Parent; holder is not null; holder = holder.Parent)
                {
                    var shared = Path.Combine(holder.FullName, "shared");
                    if (Directory.Exists(shared))
                    {
                        return shared;
                    }
                }
            }
        }

        throw new DirectoryNotFoundException("../shared (beside the repository) was not found; set ENTE_TUI_SHARED.");
    }
}
