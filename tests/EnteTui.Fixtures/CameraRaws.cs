namespace EnteTui.Fixtures;

/// <summary>One minimal file per camera RAW kind, each carrying <c>previewJpeg</c> as its embedded preview.</summary>
public static class CameraRaws
{
    /// <summary>A camera's file name per kind (the extension picks the kind in <see cref="Make"/>).</summary>
    public static readonly IReadOnlyList<string> Names =
        ["IMG_0001.DNG", "IMG_0002.CR2", "IMG_0003.CR3", "DSC_0004.NEF", "DSC00005.ARW", "DSCF0006.RAF", "P0000007.ORF"];

    public static byte[] Make(string name, byte[] previewJpeg, int previewWidth, int previewHeight) =>
        Path.GetExtension(name).ToUpperInvariant() switch
        {
            ".DNG" => DngFactory.Dng(previewJpeg, previewWidth, previewHeight),
            ".CR2" => TiffRawFactory.Cr2(previewJpeg),
            ".CR3" => Cr3Factory.Cr3(previewJpeg, previewWidth, previewHeight),
            ".NEF" => TiffRawFactory.Nef(previewJpeg),
            ".ARW" => TiffRawFactory.Arw(previewJpeg),
            ".RAF" => RafFactory.Raf(previewJpeg),
            ".ORF" => TiffRawFactory.Orf(previewJpeg),
            var other => throw new ArgumentException($"No RAW factory for {other}.", nameof(name)),
        };
}
