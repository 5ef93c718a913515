using System.IO.Compression;
using EnteTui.Core.Import.Media;

namespace EnteTui.Core.Tests.Import;

public class LivePhotoZipTests
{
    [Theory]
    [InlineData("IMG_4573.HEIC", "IMG_4573.MP4", "image.heic", "video.mp4")]
    [InlineData("PXL_1.MP.jpg", "PXL_1.MP", "image.jpg", "video.mp4")]
    [InlineData("MVIMG_1.jpg", "MVIMG_1", "image.jpg", "video.mp4")]
    [InlineData("IMG_1.JPG", "IMG_1.MOV", "image.jpg", "video.mov")]
    public void Zip_holds_exactly_image_and_video_entries(string image, string video, string imageEntry, string videoEntry)
    {
        byte[] still = [1, 2, 3];
        byte[] motion = [4, 5, 6, 7];
        var zip = new MemoryStream();
        LivePhotoZip.Write(zip, image, new MemoryStream(still), video, new MemoryStream(motion));

        zip.Position = 0;
        using var archive = new ZipArchive(zip, ZipArchiveMode.Read);
        Assert.Equal([imageEntry, videoEntry], archive.Entries.Select(e => e.FullName).ToArray());
        Assert.Equal(still, Read(archive.Entries[0]));
        Assert.Equal(motion, Read(archive.Entries[1]));
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
