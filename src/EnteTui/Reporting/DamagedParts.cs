namespace EnteTui.Reporting;

/// <summary>Names the truncated or corrupt parts of a scan in one phrase ("part 2 (takeout-002.zip) is damaged").</summary>
public static class DamagedParts
{
    public static string Describe(IReadOnlyList<ScannedPart> parts) =>
        Describe(parts.Where(p => p.Damaged).Select(p => (p.Part.Number, p.Part.FullPath)).ToList());

    /// <summary>The same phrase for the damaged parts by number and path (the wizard's scan summary).</summary>
    public static string Describe(IReadOnlyList<(int Number, string Path)> damaged)
    {
        var names = string.Join(", ", damaged.Select(p => $"part {p.Number} ({Path.GetFileName(p.Path)})"));
        return names + (damaged.Count == 1 ? " is" : " are") + " truncated or corrupt";
    }

    /// <summary>An import refuses a scan with damaged parts unless allowed (`--allow-damaged`, or the wizard's "Import anyway"): entries lost with a damaged part may be sidecars.</summary>
    public static bool Refuse(IReadOnlyList<ScannedPart> parts, bool allowDamaged) => parts.Any(p => p.Damaged) && !allowDamaged;
}
