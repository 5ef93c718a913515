using EnteTui.Core.Takeout.Matching;

namespace EnteTui.Core.Tests.Takeout.Matching;

/// <summary>Runs the folder matcher on a list of file names (JSON = sidecars, others = media).</summary>
internal static class MatcherHarness
{
    public static IReadOnlyDictionary<string, MatchOutcome> Match(params string[] names) => Match(names, []);

    public static IReadOnlyDictionary<string, MatchOutcome> Match(string[] names, Dictionary<string, string> titles)
    {
        var media = names.Where(n => !n.EndsWith(".json", StringComparison.Ordinal)).Select(n => n.Normalize()).ToList();
        var sidecars = names.Where(n => n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => new FolderSidecar(n.Normalize(), titles.GetValueOrDefault(n))).ToList();
        return FolderMatcher.Default.Match(media, sidecars);
    }

    public static void AssertPair(IReadOnlyDictionary<string, MatchOutcome> result, string media, string? sidecar, string? rule = null)
    {
        var outcome = result[media.Normalize()];
        Assert.True(outcome.Sidecar == sidecar?.Normalize(), $"{media}: got {outcome.Sidecar ?? "null"} ({outcome.Rule}), expected {sidecar ?? "null"}");
        if (rule is not null)
        {
            Assert.Equal(rule, outcome.Rule);
        }
    }
}
