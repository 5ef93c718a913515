using EnteTui.Core.Takeout.Matching;
using EnteTui.Core.Tests.Takeout.Support;

namespace EnteTui.Core.Tests.Takeout.Matching;

/// <summary>The public cases through the pure folder matcher, names only (no archives, no titles).</summary>
public class PublicCasesByNameTests
{
    [Theory]
    [MemberData(nameof(TakeoutCases.Ids), MemberType = typeof(TakeoutCases))]
    public void Every_expected_pair_is_found(string id)
    {
        var c = TakeoutCases.Get(id);
        var paths = c.Parts.SelectMany(p => p).Distinct().ToList();
        var actual = new Dictionary<string, string?>();
        foreach (var folder in paths.GroupBy(p => p[..p.LastIndexOf('/')]))
        {
            var names = folder.Select(p => p[(p.LastIndexOf('/') + 1)..]).ToList();
            var media = names.Where(n => !n.EndsWith(".json", StringComparison.Ordinal)).ToList();
            var sidecars = names.Where(n => n.EndsWith(".json", StringComparison.Ordinal)).Select(n => new FolderSidecar(n, null)).ToList();
            foreach (var (name, outcome) in FolderMatcher.Default.Match(media, sidecars))
            {
                actual[folder.Key + "/" + name] = outcome.Sidecar is null ? null : folder.Key + "/" + outcome.Sidecar;
            }
        }

        foreach (var media in c.Expected.Keys)
        {
            Assert.True(actual.ContainsKey(media), $"{media} was not seen as media");
            Assert.True(c.Accepts(media, actual[media]), $"{media}: got {actual[media] ?? "null"}, expected {c.Expected[media] ?? "null"}");
        }
    }
}
