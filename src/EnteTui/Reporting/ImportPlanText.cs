using EnteTui.Core.Import.Planning;

namespace EnteTui.Reporting;

/// <summary>`takeout import --dry-run`: what the import would do.</summary>
public static class ImportPlanText
{
    public static void Write(TextWriter writer, ImportPlan plan)
    {
        var copies = plan.Groups.SelectMany(g => g.Copies).ToList();
        writer.WriteLine($"Would import {plan.Groups.Count} items ({Formats.Bytes(plan.TotalBytes)}): {copies.Count(c => c.IsLivePhoto)} live photos, {plan.Groups.Count(g => g.Copies.All(c => c.Media.IsUnmatched))} without a sidecar.");
        var unsorted = plan.Groups.Count(g => !g.AlbumTitles.Any());
        writer.WriteLine($"  {unsorted} items in no album go to {(plan.Options.AlbumForUnsorted is { } unsortedAlbum ? $"album \"{unsortedAlbum}\"" : "Uncategorized")}; {plan.Groups.Count(g => g.Copies.Any(c => c.Media.Sidecar?.Favorited == true))} also to Favorites.");
        var itemsPerAlbum = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var album in plan.Groups.SelectMany(g => g.AlbumTitles))
        {
            itemsPerAlbum[album] = itemsPerAlbum.GetValueOrDefault(album) + 1;
        }

        foreach (var album in plan.Albums)
        {
            writer.WriteLine($"  album \"{album}\": {itemsPerAlbum[album]} items");
        }

        foreach (var group in plan.Skipped.GroupBy(s => s.Reason).OrderBy(g => g.Key))
        {
            writer.WriteLine($"  {group.Count()} left out: {group.Key}");
        }
    }
}
