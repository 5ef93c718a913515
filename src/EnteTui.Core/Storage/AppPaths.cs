namespace EnteTui.Core.Storage;

/// <summary>
/// Where EnteTui keeps its state: everything under <c>$ENTE_TUI_HOME</c> when set, otherwise the
/// XDG config, data and state directories. Directories are created owner-only (0700).
/// </summary>
public sealed record AppPaths(string ConfigDir, string DataDir, string StateDir)
{
    public const string HomeVariable = "ENTE_TUI_HOME";

    public string LogDir => Path.Combine(StateDir, "logs");

    public static AppPaths Resolve(Func<string, string?> getEnvironmentVariable)
    {
        var home = getEnvironmentVariable(HomeVariable);
        if (!string.IsNullOrWhiteSpace(home))
        {
            var root = Path.GetFullPath(home);
            return new AppPaths(Path.Combine(root, "config"), Path.Combine(root, "data"), Path.Combine(root, "state"));
        }

        var userHome = getEnvironmentVariable("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        string Xdg(string variable, string fallback) =>
            Path.Combine(getEnvironmentVariable(variable) is { Length: > 0 } v ? v : Path.Combine(userHome, fallback), "ente-tui");

        return new AppPaths(Xdg("XDG_CONFIG_HOME", ".config"), Xdg("XDG_DATA_HOME", ".local/share"), Xdg("XDG_STATE_HOME", ".local/state"));
    }

    public static AppPaths FromProcessEnvironment() => Resolve(Environment.GetEnvironmentVariable);

    /// <summary>Creates every directory (0700) and returns this instance.</summary>
    public AppPaths EnsureCreated()
    {
        foreach (var dir in new[] { ConfigDir, DataDir, StateDir, LogDir })
        {
            OwnerOnlyFiles.CreateDirectory(dir);
        }

        return this;
    }
}
