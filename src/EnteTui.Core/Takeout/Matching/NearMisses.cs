namespace EnteTui.Core.Takeout.Matching;

/// <summary>
/// For an unmatched media file, unused sidecars of its folder whose name is close (same start
/// after removing <c>.json</c>, the number and any cut <c>.supplemental-metadata</c>): shown to a
/// person as choices, never paired automatically.
/// </summary>
internal static class NearMisses
{
    private const int MinimumShared = 6;
    private const int MaximumListed = 5;

    public static IReadOnlyList<string> Find(MediaName media, IEnumerable<string> unusedSidecars)
    {
        var title = media.Base + media.DotExtension;
        return unusedSidecars
            .Where(s => IsNear(Core(s), title, media.Base))
            .Order(StringComparer.Ordinal)
            .Take(MaximumListed)
            .ToList();
    }

    /// <summary>The title part of a sidecar name: no <c>.json</c>, no <c>(n)</c>, no (cut) supplemental suffix.</summary>
    public static string Core(string sidecarName)
    {
        var body = sidecarName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? sidecarName[..^5] : sidecarName;
        var (start, number) = MediaName.FindTrailingNumber(body);
        if (number is not null)
        {
            body = body[..start];
        }

        var dot = body.LastIndexOf('.');
        if (dot >= 0 && "supplemental-metadata".StartsWith(body[(dot + 1)..], StringComparison.Ordinal) && dot + 1 < body.Length)
        {
            body = body[..dot];
        }

        return body.EndsWith('.') ? body[..^1] : body;
    }

    private static bool IsNear(string core, string title, string baseName)
    {
        if (core.Length < MinimumShared)
        {
            return false;
        }

        return title.StartsWith(core, StringComparison.OrdinalIgnoreCase)
            || core.StartsWith(title, StringComparison.OrdinalIgnoreCase)
            || (baseName.Length >= MinimumShared && core.StartsWith(baseName, StringComparison.OrdinalIgnoreCase));
    }
}
