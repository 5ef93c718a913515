using System.Text;

using EnteTui.Core.Takeout.Matching;
using EnteTui.Core.Tests.Takeout.Support;

namespace EnteTui.Core.Tests.Takeout.Matching;

/// <summary>
/// Random folders named by Google's model (long, numbered, emoji, multi-dot titles, old and new
/// sidecar styles, sidecars missing): never a wrong pair, and every unique own sidecar found.
/// </summary>
public class NamingModelPropertyTests
{
    private static readonly string[] Pieces =
    [
        "IMG_", "PXL_2023", "0809_2034", "Screenshot_", "DSC", "Urlaub in der Eifel", "_", "-", " ", ".", "LONG_EXPOSURE-02", ".ORIGINAL",
        "😀", "é", "ñ", "漢字", "12345678", "com.snapchat.android", "Backyard_ceremony_wedding_photography_", "x", "MP", "BURST", "-COLLAGE",
    ];

    private static readonly string[] Extensions = [".jpg", ".JPG", ".HEIC", ".png", ".mp4", ".jpeg", ".MOV", ".gif"];

    [Theory]
    [InlineData(1, false, true)]
    [InlineData(2, true, true)]
    [InlineData(3, true, false)]
    [InlineData(4, false, false)]
    public void Random_folders_never_pair_wrongly(int seed, bool newStyle, bool truncateMedia)
    {
        var random = new Random(seed);
        var wrong = new List<string>();
        var missed = new List<string>();
        var checkedPairs = 0;
        for (var round = 0; round < 300; round++)
        {
            var titles = Enumerable.Range(0, random.Next(1, 12)).Select(_ => Title(random)).ToList();
            if (random.Next(3) == 0)
            {
                titles.AddRange(titles.Take(2));
            }

            var folder = GoogleNaming.WithCompanions(GoogleNaming.Folder(titles, newStyle, truncateMedia), random, EditSuffixes.DefaultSuffixes);
            var removed = folder.Where(_ => random.Next(5) == 0).Select(f => f.Sidecar).ToHashSet(StringComparer.Ordinal);
            var sidecars = folder.Select(f => f.Sidecar).Where(s => !removed.Contains(s)).Distinct().Select(s => new FolderSidecar(s.Normalize(), null)).ToList();
            var result = FolderMatcher.Default.Match(folder.Select(f => f.Media.Normalize()).ToList(), sidecars);
            var sidecarCount = folder.Where(f => !f.Borrowed).GroupBy(f => f.Sidecar.Normalize()).ToDictionary(g => g.Key, g => g.Count());
            foreach (var named in folder)
            {
                var outcome = result[named.Media.Normalize()];
                var own = named.Sidecar.Normalize();
                checkedPairs++;
                if (outcome.Sidecar is not null && outcome.Sidecar != own)
                {
                    wrong.Add($"{named.Title} -> {named.Media}: got {outcome.Sidecar} ({outcome.Rule}), own {own}{(removed.Contains(named.Sidecar) ? " (removed)" : "")}");
                }
                else if (outcome.Sidecar is null && !removed.Contains(named.Sidecar) && sidecarCount[own] == 1 && !named.TitleHasNumber && named.TitleHasExtension
                    && !(named.Borrowed && StillIsAmbiguous(folder, named, result)))
                {
                    missed.Add($"{named.Title} -> {named.Media}: own {own} not found ({string.Join(", ", outcome.Candidates)})");
                }
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} wrong of {checkedPairs}:\n" + string.Join("\n", wrong.Take(20)));
        Assert.True(missed.Count == 0, $"{missed.Count} missed of {checkedPairs}:\n" + string.Join("\n", missed.Take(20)));
    }

    private static bool StillIsAmbiguous(List<GoogleNaming.Named> folder, GoogleNaming.Named copy, IReadOnlyDictionary<string, MatchOutcome> result) =>
        folder.Where(f => !f.Borrowed && f.Sidecar == copy.Sidecar).Any(f => result[f.Media.Normalize()].Sidecar is null)
        || (copy.Media.EndsWith(".MP4", StringComparison.Ordinal)
            && folder.Count(f => MediaName.Parse(f.Media).Stem == MediaName.Parse(copy.Media).Stem && MediaTypes.Classify(MediaName.Parse(f.Media)) == MediaKind.Image) > 1);

    private static string Title(Random random)
    {
        var builder = new StringBuilder();
        var length = random.Next(1, 9);
        for (var i = 0; i < length; i++)
        {
            builder.Append(Pieces[random.Next(Pieces.Length)]);
        }

        if (random.Next(12) == 0)
        {
            builder.Append($" ({random.Next(1, 50)})");
        }

        return random.Next(15) == 0 ? builder.ToString() : builder + Extensions[random.Next(Extensions.Length)];
    }
}
