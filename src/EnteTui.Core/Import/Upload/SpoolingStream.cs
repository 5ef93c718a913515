namespace EnteTui.Core.Import.Upload;

/// <summary>
/// A read-only pass-through that also writes what is read to a file: a large entry of a forward-only
/// part (tgz) is hashed, encrypted and uploaded in its one read, and the copy on disk is what the
/// thumbnail is then made from (ffmpeg seeks, and the part cannot be read again cheaply). The copy
/// is created owner-only (0600); the caller deletes it.
/// </summary>
internal sealed class SpoolingStream(Stream inner, string spoolPath) : ReadOnlyPassThroughStream(inner)
{
    private readonly FileStream spool = Create(spoolPath);

    protected override void OnRead(ReadOnlySpan<byte> bytes, int requested) => spool.Write(bytes);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            spool.Dispose();
        }

        base.Dispose(disposing);
    }

    private static FileStream Create(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 1 << 16 };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return new FileStream(path, options);
    }
}
