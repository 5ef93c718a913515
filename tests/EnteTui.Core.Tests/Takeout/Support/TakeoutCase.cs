namespace EnteTui.Core.Tests.Takeout.Support;

/// <summary>One case of <c>takeout-cases-public.json</c>: entries per part and the expected sidecar per media path.</summary>
public sealed record TakeoutCase(
    string Id,
    string Category,
    IReadOnlyList<IReadOnlyList<string>> Parts,
    IReadOnlyDictionary<string, string?> Expected,
    IReadOnlyDictionary<string, IReadOnlyList<string?>> Acceptable)
{
    public override string ToString() => Id;

    /// <summary>True when <paramref name="actual"/> is the expected sidecar or one the case calls acceptable.</summary>
    public bool Accepts(string media, string? actual) =>
        Expected[media] == actual || (Acceptable.TryGetValue(media, out var alternatives) && alternatives.Contains(actual));
}
