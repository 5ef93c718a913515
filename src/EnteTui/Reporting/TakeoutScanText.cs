using EnteTui.Core.Takeout.Archives;
using EnteTui.Core.Takeout.Dates;

namespace EnteTui.Reporting;

/// <summary>
/// `takeout scan`: parts, media and sidecar counts, pairs by rule, unmatched media with their date
/// source and candidates, orphan sidecars, and problems per part. Lists are cut at a limit; the
/// JSON report has everything.
/// </summary>
public static class TakeoutScanText
{
    public static void Write(TextWriter w, TakeoutScanResult result, int listLimit)
    {
        w.WriteLine($"Takeout scan of {N(result.Parts.Count)} part(s):");
        foreach (var part in result.Parts)
        {
            var cached = part.FromCache ? " (cached listing)" : "";
            w.WriteLine($"  {part.Part.Number,3}  {Kind(part.Part.Kind),-9} {N(part.Entries),9} entries  {part.Part.Path}{cached}");
        }

        var media = result.Pairs;
        var distinct = media.Select(p => p.Media).Distinct(EntryPathOrder.Instance).Count();
        var matched = media.Where(p => p.IsMatched).ToList();
        var unmatched = media.Where(p => !p.IsMatched).ToList();
        w.WriteLine($"Media: {N(media.Count)} entries ({N(distinct)} paths, {N(result.ItemCount)} distinct photos and videos) in {N(result.Folders.Count)} folders: "
            + $"{N(result.Folders.Count(f => f.Kind == FolderKind.Album))} albums, {N(result.Folders.Count(f => f.Kind is FolderKind.Year or FolderKind.Day))} year/day folders");
        var ownSidecars = matched.Where(p => !p.IsBorrowed).Select(p => p.Sidecar!).Distinct(EntryPathOrder.Instance).Count();
        var orphanPaths = result.OrphanSidecars.Distinct(EntryPathOrder.Instance).Count();
        w.WriteLine($"Sidecars: {N(ownSidecars + orphanPaths)} ({N(ownSidecars)} paired, {N(orphanPaths)} orphans)");
        w.WriteLine($"Paired: {N(matched.Count)} ({N(matched.Count(p => p.IsBorrowed))} borrow the original's or still's sidecar for date and place only)");
        foreach (var rule in matched.GroupBy(p => p.Rule).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            w.WriteLine($"  {rule.Key,-34} {N(rule.Count()),9}");
        }

        w.WriteLine($"Unmatched media: {N(unmatched.Count)} ({N(unmatched.Count(p => p.Ambiguous))} ambiguous); dates from "
            + string.Join(", ", new[] { DateSource.Exif, DateSource.FileName, DateSource.Folder, DateSource.None }
                .Select(s => $"{DateSourceText.Describe(s)} {N(unmatched.Count(p => p.Date.Source == s))}")));
        foreach (var pair in unmatched.Take(listLimit))
        {
            var candidates = pair.Candidates.Count == 0 ? "" : $"; {(pair.Ambiguous ? "ambiguous between" : "near")}: {string.Join(", ", pair.Candidates.Select(FileName))}";
            w.WriteLine($"  {pair.Media.Path} (part {pair.Media.Part}; date: {DateSourceText.Describe(pair.Date.Source)}{candidates})");
        }

        More(w, unmatched.Count, listLimit);
        w.WriteLine($"Orphan sidecars: {N(result.OrphanSidecars.Count)}");
        foreach (var orphan in result.OrphanSidecars.Take(listLimit))
        {
            w.WriteLine($"  {orphan.Path} (part {orphan.Part})");
        }

        More(w, result.OrphanSidecars.Count, listLimit);
        w.WriteLine($"Problems: {N(result.Problems.Count)}");
        foreach (var group in result.Problems.GroupBy(p => p.Part))
        {
            var part = result.Parts.FirstOrDefault(p => p.Part.Number == group.Key);
            w.WriteLine($"  part {group.Key?.ToString(CultureInfo.InvariantCulture) ?? "-"} ({part?.Part.Name ?? "all"}): {N(group.Count())}");
            foreach (var problem in group.Take(listLimit))
            {
                w.WriteLine(problem.Entry is null ? $"    {problem.Message}" : $"    {problem.Entry}: {problem.Message}");
            }

            More(w, group.Count(), listLimit, "    ");
        }
    }

    private static void More(TextWriter w, int count, int limit, string indent = "  ")
    {
        if (count > limit && limit > 0)
        {
            w.WriteLine($"{indent}... and {N(count - limit)} more (see --json)");
        }
    }

    private static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];

    private static string Kind(PartKind kind) => kind.ToString().ToLowerInvariant();

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
