namespace EnteTui.Core.Export;

/// <summary>Writes files the crash-safe way: a temporary file beside the target, flushed to disk, then renamed over it.</summary>
public static class AtomicFile
{
    public static void WriteAllBytes(string path, byte[] bytes, long fileId = 0)
    {
        var dir = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, LeftoverFiles.NewTempName(fileId));
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    public static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>ENOSPC / EDQUOT on Unix, ERROR_DISK_FULL / ERROR_HANDLE_DISK_FULL on Windows.</summary>
    public static bool IsDiskFull(Exception e) =>
        e is IOException io && (io.HResult & 0xFFFF) is 28 or 122 or 0x70 or 0x27;
}
