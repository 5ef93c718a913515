namespace EnteTui.Reporting;

/// <summary>Names the truncated or corrupt parts of a scan in one phrase ("part 2 (takeout-002.zip) is damaged").</summary>
public static class DamagedParts
{
    public static string Describe(IReadOnlyList<ScannedPart> parts)
    {
        var damaged = parts.Where(p => p.Damaged).ToList();
        var names = string.Join(", ", damaged.Select(p => $"part {p.Part.Number} ({Path.GetFileName(p.Part.FullPath)})"));
        return damaged.Count == 1 ? $"{names} is truncated or corrupt" : $"{names} are truncated or corrupt";
    }

    /// <summary>An import refuses a scan with damaged parts unless allowed (`--allow-damaged`, or the wizard's "Import anyway"): entries lost with a damaged part may be sidecars.</summary>
    public static bool Refuse(IReadOnlyList<ScannedPart> parts, bool allowDamaged) => parts.Any(p => p.Damaged) && !allowDamaged;
}
