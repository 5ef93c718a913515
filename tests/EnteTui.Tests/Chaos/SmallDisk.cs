using System.Diagnostics;
using System.Globalization;

namespace EnteTui.Tests.Chaos;

/// <summary>
/// A tmpfs of a given size mounted on a fresh folder (needs root, as on the dev box and CI); grown
/// with a remount to "free space". <see cref="TryMount"/> returns null with the reason when mounting is not permitted.
/// </summary>
internal sealed class SmallDisk : IDisposable
{
    private SmallDisk(string path) => Path = path;

    public string Path { get; }

    public static SmallDisk? TryMount(long bytes, out string reason)
    {
        var path = Directory.CreateTempSubdirectory("ente-small-disk-").FullName;
        var (code, error) = Run("mount", "-t", "tmpfs", "-o", Size(bytes), "tmpfs", path);
        reason = code == 0 ? "" : $"mount -t tmpfs failed ({code}): {error.Trim()}";
        if (code == 0)
        {
            return new SmallDisk(path);
        }

        Directory.Delete(path);
        return null;
    }

    /// <summary>The Skipped reason of a test that needs a real small disk and could not mount one.</summary>
    public static string SkipReason(string mountFailure) =>
        $"needs root to mount a small tmpfs (as on CI): {mountFailure}";

    public void Grow(long bytes)
    {
        var (code, error) = Run("mount", "-o", "remount," + Size(bytes), Path);
        Assert.True(code == 0, error);
    }

    public void Dispose()
    {
        Run("umount", "-l", Path);
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string Size(long bytes) => string.Create(CultureInfo.InvariantCulture, $"size={bytes}");

    private static (int Code, string Error) Run(string command, params string[] args)
    {
        var info = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        args.ToList().ForEach(info.ArgumentList.Add);
        try
        {
            using var process = Process.Start(info)!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, error);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }
}
