namespace EnteTui.Core.Export;

/// <summary>
/// Hands out unique names inside one folder, case-insensitively: `a.jpg`, `a_1.jpg`, `a_2.jpg`…
/// Callers reserve the names they keep first, then allocate new ones in a fixed order, so the result
/// depends only on the inputs, never on timing.
/// </summary>
public sealed class NameAllocator
{
    private readonly HashSet<string> taken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> foreign = new(StringComparer.Ordinal);

    public NameAllocator(IEnumerable<string>? reservedNames = null)
    {
        foreach (var name in reservedNames ?? [])
        {
            Reserve(name);
        }
    }

    /// <summary>Marks a name as used (a kept name, or one the app itself needs such as `.meta`).</summary>
    public void Reserve(string name) => taken.Add(PortableName.Key(name));

    public bool IsTaken(string name) => taken.Contains(PortableName.Key(name));

    /// <summary>A name present on disk that the export did not record: taken unless a claimant accepts it.</summary>
    public void AddForeign(string name) => foreign[PortableName.Key(name)] = name;

    /// <summary>Names allocated for a live photo's parts share one suffix; both must be free.</summary>
    public IReadOnlyList<string> Allocate(IReadOnlyList<string> desired, Func<string, bool>? acceptForeign = null)
    {
        for (var attempt = 0; ; attempt++)
        {
            var candidates = WithSuffix(desired, attempt);
            var keys = candidates.Select(PortableName.Key).ToList();
            if (keys.Distinct().Count() != keys.Count || keys.Any(taken.Contains))
            {
                continue;
            }

            if (keys.Any(foreign.ContainsKey) && (acceptForeign is null || !candidates.All(c => !foreign.ContainsKey(PortableName.Key(c)) || acceptForeign(c))))
            {
                continue;
            }

            foreach (var key in keys)
            {
                taken.Add(key);
                foreign.Remove(key);
            }

            return candidates;
        }
    }

    public string Allocate(string desired, Func<string, bool>? acceptForeign = null) => Allocate([desired], acceptForeign)[0];

    private static IReadOnlyList<string> WithSuffix(IReadOnlyList<string> names, int attempt)
    {
        if (attempt == 0)
        {
            return names;
        }

        var suffix = "_" + attempt;
        var parts = names.Select(PortableName.Split).ToList();
        var widest = parts.MaxBy(p => Encoding.UTF8.GetByteCount(p.Extension)).Extension;
        return parts.Select(p => Suffixed(p.Base, p.Extension, widest, suffix)).ToList();
    }

    /// <summary>All parts of a group are cut to the stem that fits beside the widest extension, so they keep one base name.</summary>
    private static string Suffixed(string stem, string extension, string widest, string suffix)
    {
        var budget = PortableName.MaxBytes - suffix.Length;
        var shared = PortableName.Fit(stem, widest, budget);
        if (widest.Length > 0 && shared.EndsWith(widest, StringComparison.Ordinal))
        {
            return shared[..^widest.Length] + suffix + extension;
        }

        var own = PortableName.Fit(stem, extension, budget);
        return extension.Length > 0 && own.EndsWith(extension, StringComparison.Ordinal)
            ? own[..^extension.Length] + suffix + extension
            : own + suffix;
    }
}
