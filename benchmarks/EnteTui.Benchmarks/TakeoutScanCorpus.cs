using System.Globalization;
using EnteTui.Fixtures;
using EnteTui.Samples;

namespace EnteTui.Benchmarks;

/// <summary>
/// A realistic split Takeout for the scan benchmark: year folders and albums (each album photo also
/// in its year folder), old- and new-style sidecars cut at 46 units, long titles cut at 47, `(n)`
/// duplicates, localised edited copies, live-photo pairs, Pixel motion photos, titles without an
/// extension, and about half of the sidecars in another part than their media. Each distinct photo
/// or video has its own size, as in a real library (content grouping proposes one group per photo;
/// an album copy has the size of its year-folder original): a small header padded with zeros, so the
/// parts stay small on disk.
/// </summary>
internal static class TakeoutScanCorpus
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xFF, 0xD9];
    private static readonly byte[] Video = [0, 0, 0, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'m', (byte)'p', (byte)'4', (byte)'2', 0, 0, 0, 0];
    private static readonly string[] EditSuffixes = ["-edited", "-bearbeitet", "-modifié", "-ha editado"];

    public static SplitTakeoutWriter Write(string dir, int entries, int parts)
    {
        var writer = new SplitTakeoutWriter(dir, parts);
        var albums = 0;
        for (var item = 0; writer.Entries < entries; item++)
        {
            var year = "Photos from " + (2005 + (item % 20)).ToString(CultureInfo.InvariantCulture);
            var mediaPart = ((item * 7) + (item / 2)) % parts;
            var sidecarPart = item % 2 == 0 ? mediaPart : (mediaPart + 1 + (item % 3)) % parts;
            var newStyle = item % 3 != 0;
            WriteItem(writer, item, year, mediaPart, sidecarPart, newStyle);
            if (item % 10 == 0)
            {
                var album = "Trip " + (item / 500).ToString(CultureInfo.InvariantCulture);
                if (item % 500 == 0)
                {
                    writer.Add(albums++ % parts, album + "/metadata.json", AlbumJson(album));
                }

                WriteItem(writer, item, album, (mediaPart + 5) % parts, (sidecarPart + 5) % parts, newStyle);
            }
        }

        return writer;
    }

    private static void WriteItem(SplitTakeoutWriter writer, int item, string folder, int mediaPart, int sidecarPart, bool newStyle)
    {
        var id = item.ToString("000000", CultureInfo.InvariantCulture);
        switch (item % 8)
        {
            case 0: // plain camera photo
                Photo(writer, folder, $"IMG_{id}.jpg", 0, Size(item, 0), mediaPart, sidecarPart, newStyle);
                break;
            case 1: // long title: media stem cut at 47, sidecar cut at 46
                Photo(writer, folder, $"{id}_Backyard_ceremony_wedding_photography_markham.jpg", 0, Size(item, 1), mediaPart, sidecarPart, newStyle);
                break;
            case 2: // (n) duplicates of the same title: two different photos
                Photo(writer, folder, $"IMG_{id}.JPG", 0, Size(item, 2), mediaPart, sidecarPart, newStyle);
                Photo(writer, folder, $"IMG_{id}.JPG", 1, Size(item, 8), sidecarPart, mediaPart, newStyle);
                break;
            case 3: // edited copy (localised suffix) without a sidecar of its own
                Photo(writer, folder, $"PXL_20230809_{id}.jpg", 0, Size(item, 3), mediaPart, sidecarPart, newStyle);
                writer.AddPadded(mediaPart, $"{folder}/PXL_20230809_{id}{EditSuffixes[item / 8 % EditSuffixes.Length]}.jpg", Jpeg, Size(item, 6));
                break;
            case 4: // iPhone live photo: HEIC + MP4 sharing one sidecar
                Photo(writer, folder, $"IMG_{id}.HEIC", 0, Size(item, 4), mediaPart, sidecarPart, newStyle);
                writer.AddPadded(sidecarPart, $"{folder}/IMG_{id}.MP4", Video, Size(item, 4));
                break;
            case 5: // Pixel motion photo: X.MP.jpg + X.MP
                Photo(writer, folder, $"PXL_20240101_{id}.MP.jpg", 0, Size(item, 5), mediaPart, sidecarPart, newStyle);
                writer.AddPadded(mediaPart, $"{folder}/PXL_20240101_{id}.MP", Video, Size(item, 5));
                break;
            case 6: // Unicode title and a video
                Photo(writer, folder, $"Urlaub in Knaufspesch in der Schneifel é {id}.mp4", 0, Size(item, 6), mediaPart, sidecarPart, newStyle);
                break;
            default: // title without an extension: the media gets one, the sidecar does not
                Photo(writer, folder, $"Screenshot_{id}", 0, Size(item, 7), mediaPart, sidecarPart, newStyle);
                break;
        }
    }

    /// <summary>
    /// Nine size slots per eight items: slot <c>item % 8</c> for an item's first file, 8 for the second
    /// `(n)` photo, 6 for an edited copy (slot 6's own file is a video, which never groups with an image).
    /// </summary>
    private static int Size(int item, int slot) => 64 + (item / 8 * 9) + slot;

    private static void Photo(SplitTakeoutWriter writer, string folder, string title, int number, int size, int mediaPart, int sidecarPart, bool newStyle)
    {
        var media = GoogleNames.Media(title, number);
        writer.AddPadded(mediaPart, $"{folder}/{media}", media.EndsWith(".mp4", StringComparison.Ordinal) ? Video : Jpeg, size);
        var taken = 1_100_000_000L + (title.Length * 1000L) + number;
        writer.AddText(sidecarPart, $"{folder}/{GoogleNames.Sidecar(title, number, newStyle)}", new SidecarSpec(title) { PhotoTakenTime = taken }.ToJson());
    }

    private static byte[] AlbumJson(string title) =>
        System.Text.Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(new { title, description = "", access = "protected" }));
}
