using EnteTui.Core.Takeout.Scanning;
using EnteTui.Core.Tests.Takeout.Support;

namespace EnteTui.Core.Tests.Takeout.Scanning;

/// <summary>Every public case built as real parts (zip, tgz, mixed, folders), entries placed as the case lists them, parts in both orders.</summary>
public class PublicCasesInArchivesTests
{
    public static IEnumerable<object[]> CasesAndFormats =>
        TakeoutCases.Public.SelectMany(c => new[] { "zip", "tgz", "mixed", "folder" }.Select(f => new object[] { c.Id, f }));

    [Theory]
    [MemberData(nameof(CasesAndFormats))]
    public void Every_expected_pair_is_found_and_part_order_does_not_matter(string id, string format)
    {
        var c = TakeoutCases.Get(id);
        using var dir = new TempDir();
        var parts = CaseArchives.Build(c, dir.Path, format);
        var scanner = new TakeoutScanner(new ScanOptions());

        var forward = scanner.Scan(parts);
        var backward = scanner.Scan(parts.Reverse().ToList());

        foreach (var (media, expected) in c.Expected)
        {
            var pairs = forward.Pairs.Where(p => p.Media.Path == media).ToList();
            Assert.NotEmpty(pairs);
            foreach (var pair in pairs)
            {
                Assert.True(c.Accepts(media, pair.Sidecar?.Path), $"{format} {media}: got {pair.Sidecar?.Path ?? "null"} ({pair.Rule}), expected {expected ?? "null"}");
            }
        }

        var copies = c.Parts.SelectMany(p => p).Where(p => c.Expected.ContainsKey(p)).Count();
        Assert.Equal(copies, forward.Pairs.Count(p => c.Expected.ContainsKey(p.Media.Path)));
        Assert.Equal(Summary(forward), Summary(backward));
        Assert.DoesNotContain(forward.Problems, p => p.Message.Contains("JSON", StringComparison.Ordinal));
    }

    private static List<string> Summary(TakeoutScanResult result) =>
        result.Pairs.Select(p => $"{p.Media.Path} -> {p.Sidecar?.Path} [{p.Rule}] {string.Join(",", p.Candidates)}").Order(StringComparer.Ordinal).ToList();
}
