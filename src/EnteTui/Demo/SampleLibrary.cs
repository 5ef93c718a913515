namespace EnteTui.Demo;

/// <summary>
/// Writes the demo's seed folder for the local server (see the server's SeedConventions): a few
/// albums, a live photo (and one with hostile zip entry names), a video, an album shared by another account, an archived and a hidden
/// album, Unicode names, and photos outside any album.
/// </summary>
public static class SampleLibrary
{
    public const string SharedBy = "bob@example.org";

    /// <summary>A live photo in "Wedding" whose zip entries have hostile names (the local server's `hostile-zip` convention).</summary>
    public const string HostileLivePhoto = LocalServer.Seeding.SeedConventions.HostileZipPrefix + "_0043";

    public static void Write(string folder, DateTimeOffset now)
    {
        var seed = 1;
        void Photos(string album, int count, DateTimeOffset from)
        {
            var dir = Path.Combine(folder, album);
            Directory.CreateDirectory(dir);
            for (var i = 1; i <= count; i++)
            {
                var path = Path.Combine(dir, $"IMG_{(seed * 37) % 9000 + 1000:0000}.jpg");
                File.WriteAllBytes(path, SampleImages.Jpeg(seed++, 480, 360));
                File.SetLastWriteTimeUtc(path, from.AddHours(i * 5).UtcDateTime);
            }
        }

        Photos("Holiday 2023", 6, now.AddYears(-2));
        Photos("Wedding", 5, now.AddYears(-1).AddDays(-40));
        Photos("Ünïcödé 写真 📷", 3, now.AddMonths(-5));
        Photos("Garden", 4, now.AddMonths(-2));
        Photos("Screenshots", 3, now.AddDays(-20));
        Marker(Path.Combine(folder, "Screenshots"), ".archived");
        Photos("Private", 2, now.AddDays(-9));
        Marker(Path.Combine(folder, "Private"), ".hidden");
        Photos(Path.Combine("shared-by-" + SharedBy, "Family"), 4, now.AddMonths(-8));

        var live = Path.Combine(folder, "Wedding");
        File.WriteAllBytes(Path.Combine(live, "IMG_LIVE_0042.jpg"), SampleImages.Jpeg(seed++, 480, 360));
        File.WriteAllBytes(Path.Combine(live, "IMG_LIVE_0042.mov"), SampleVideo.Mov(seed++, 160, 120, 8));
        File.WriteAllBytes(Path.Combine(live, HostileLivePhoto + ".jpg"), SampleImages.Jpeg(seed++, 480, 360));
        File.WriteAllBytes(Path.Combine(live, HostileLivePhoto + ".mov"), SampleVideo.Mov(seed++, 160, 120, 8));
        File.WriteAllBytes(Path.Combine(folder, "Holiday 2023", "sunset.avi"), SampleVideo.Avi(seed++, 160, 120, 12));

        for (var i = 0; i < 2; i++)
        {
            var path = Path.Combine(folder, $"loose-{i + 1}.jpg");
            File.WriteAllBytes(path, SampleImages.Jpeg(seed++, 320, 240));
            File.SetLastWriteTimeUtc(path, now.AddDays(-3 - i).UtcDateTime);
        }
    }

    private static void Marker(string folder, string name) => File.WriteAllText(Path.Combine(folder, name), string.Empty, Encoding.UTF8);
}
