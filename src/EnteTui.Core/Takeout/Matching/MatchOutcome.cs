namespace EnteTui.Core.Takeout.Matching;

/// <summary>
/// The matcher's answer for one media name: the sidecar name (null when unmatched), the rule that
/// gave it, and the sidecars that were considered: the competitors when <see cref="Ambiguous"/>,
/// near misses (for a person to judge) otherwise.
/// </summary>
public sealed record MatchOutcome(string? Sidecar, string Rule, IReadOnlyList<string> Candidates, bool Ambiguous = false)
{
    public static MatchOutcome Unmatched { get; } = new(null, MatchRules.None, []);

    public bool IsMatched => Sidecar is not null;

    public bool IsBorrowed => MatchRules.IsBorrowed(Rule);

    public static MatchOutcome Matched(string sidecar, string rule) => new(sidecar, rule, []);

    public static MatchOutcome AmbiguousBetween(IEnumerable<string> sidecars) =>
        new(null, MatchRules.None, sidecars.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(), Ambiguous: true);
}
