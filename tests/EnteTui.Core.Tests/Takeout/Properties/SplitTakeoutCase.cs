using EnteTui.Core.Takeout.Matching;
using EnteTui.Core.Tests.Takeout.Support;

namespace EnteTui.Core.Tests.Takeout.Properties;

/// <summary>
/// A generated split Takeout: three folders drawing titles from one small pool (so the same names
/// recur across folders), Google's naming model per folder with edited copies and live videos,
/// some sidecars dropped, each media and sidecar placed in any of three parts (zip or tgz).
/// </summary>
public sealed record SplitTakeoutCase(
    IReadOnlyList<SplitTakeoutCase.Placed> Files,
    IReadOnlyList<bool> ZipParts,
    IReadOnlyList<int> PartOrder)
{
    public const string Root = "Takeout/Google Photos/";
    public static readonly string[] Folders = ["Photos from 2020", "Holiday", "Photos from 2021"];

    /// <summary>A media file, the sidecar Google wrote for it (or its still/original), and where each went.</summary>
    public sealed record Placed(string Folder, GoogleNaming.Named Named, int MediaPart, int SidecarPart, bool SidecarDropped);

    public IEnumerable<ArchiveEntry> EntriesOf(int part)
    {
        foreach (var file in Files.Where(f => f.MediaPart == part))
        {
            yield return new ArchiveEntry($"{Root}{file.Folder}/{file.Named.Media}", System.Text.Encoding.UTF8.GetBytes(file.Folder + file.Named.Media));
        }

        var sidecars = Files.Where(f => !f.SidecarDropped && !f.Named.Borrowed && f.SidecarPart == part)
            .DistinctBy(f => (f.Folder, f.Named.Sidecar))
            .Where(f => !Files.Any(o => o.Folder == f.Folder && o.Named.Sidecar == f.Named.Sidecar && o.SidecarDropped));
        foreach (var file in sidecars)
        {
            yield return new ArchiveEntry($"{Root}{file.Folder}/{file.Named.Sidecar}", SidecarJson.Media(file.Named.Title, 1_500_000_000));
        }

        if (part == 0)
        {
            yield return new ArchiveEntry($"{Root}Holiday/metadata.json", SidecarJson.Album("Holiday"));
        }
    }

    public static SplitTakeoutCase Build(int seed, IReadOnlyList<int> titleIndexes, bool newStyle, IReadOnlyList<bool> zipParts, IReadOnlyList<int> partOrder)
    {
        var random = new Random(seed);
        var files = new List<Placed>();
        foreach (var folder in Folders)
        {
            var titles = titleIndexes.Where(_ => random.Next(3) > 0).Select(i => TitlePool[i % TitlePool.Length]).ToList();
            var named = GoogleNaming.WithCompanions(GoogleNaming.Folder(titles, newStyle), random, EditSuffixes.DefaultSuffixes);
            files.AddRange(named.Select(n => new Placed(folder, n, random.Next(3), random.Next(3), random.Next(6) == 0)));
        }

        return new SplitTakeoutCase(files, zipParts, partOrder);
    }

    public override string ToString() =>
        string.Join("; ", Files.Select(f => $"{f.Folder}/{f.Named.Media} [{f.MediaPart}] -> {(f.SidecarDropped ? "(dropped) " : "")}{f.Named.Sidecar} [{f.SidecarPart}]"))
        + $" | zip parts {string.Join(",", ZipParts)} | order {string.Join(",", PartOrder)}";

    private static readonly string[] TitlePool =
    [
        "IMG_0001.jpg", "IMG_0001.JPG", "IMG_0002.HEIC", "PXL_20230809_203449253.LONG_EXPOSURE-02.ORIGINAL.jpg", "Screenshot_20220207-102421_com.snapchat.android.jpg",
        "Urlaub in Knaufspesch in der Schneifel (38).JPG", "EFFECTS.jpg", "20030616", "Café é 漢字.jpg", "Backyard_ceremony_wedding_photography_markham_0001.jpg",
        "Backyard_ceremony_wedding_photography_markham_0002.jpg", "photo 😀 party.png", "MVIMG_20190101_101010.jpg", "clip.mp4", "a.b.c.jpeg",
    ];
}
