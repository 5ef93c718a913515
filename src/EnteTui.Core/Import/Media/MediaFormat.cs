namespace EnteTui.Core.Import.Media;

/// <summary>A container format recognised from a file's first bytes, with the Ente file type it makes.</summary>
public sealed record MediaFormat(string Name, EnteFileType? Kind, bool IsRaw = false)
{
    public static readonly MediaFormat Unknown = new("unknown", null);
    public static readonly MediaFormat Jpeg = new("jpeg", EnteFileType.Image);
    public static readonly MediaFormat Png = new("png", EnteFileType.Image);
    public static readonly MediaFormat Gif = new("gif", EnteFileType.Image);
    public static readonly MediaFormat WebP = new("webp", EnteFileType.Image);
    public static readonly MediaFormat Bmp = new("bmp", EnteFileType.Image);
    public static readonly MediaFormat Tiff = new("tiff", EnteFileType.Image);
    public static readonly MediaFormat Heic = new("heic", EnteFileType.Image);
    public static readonly MediaFormat Avif = new("avif", EnteFileType.Image);
    public static readonly MediaFormat Cr3 = new("cr3", EnteFileType.Image, IsRaw: true);
    public static readonly MediaFormat Raf = new("raf", EnteFileType.Image, IsRaw: true);
    public static readonly MediaFormat Orf = new("orf", EnteFileType.Image, IsRaw: true);
    public static readonly MediaFormat Rw2 = new("rw2", EnteFileType.Image, IsRaw: true);
    public static readonly MediaFormat Mp4 = new("mp4", EnteFileType.Video);
    public static readonly MediaFormat QuickTime = new("mov", EnteFileType.Video);
    public static readonly MediaFormat ThreeGp = new("3gp", EnteFileType.Video);
    public static readonly MediaFormat Matroska = new("mkv", EnteFileType.Video);
    public static readonly MediaFormat Avi = new("avi", EnteFileType.Video);
}
