using System.Globalization;
using EnteTui.Core.Sync;

namespace EnteTui.Core.Export;

/// <summary>
/// Which albums an export covers: every live album except hidden ones (owner visibility 2 or the
/// default hidden album) unless <c>--include-hidden</c>; <c>--albums</c> narrows by name or ID
/// (case-insensitive, trimmed), <c>--exclude-albums</c> wins over it.
/// </summary>
public static class AlbumSelector
{
    public static IReadOnlyList<LibraryCollection> Select(IEnumerable<LibraryCollection> collections, ExportOptions options)
    {
        var include = Patterns(options.Albums);
        var exclude = Patterns(options.ExcludeAlbums);
        return collections
            .Where(c => !c.IsDeleted)
            .Where(c => options.IncludeHidden || !c.IsHidden)
            .Where(c => include.Count == 0 || Matches(c, include))
            .Where(c => !Matches(c, exclude))
            .OrderBy(c => c.Id)
            .ToList();
    }

    public static bool Matches(LibraryCollection collection, IReadOnlyCollection<string> patterns) =>
        patterns.Contains(Normalize(collection.Name)) || patterns.Contains(collection.Id.ToString(CultureInfo.InvariantCulture));

    /// <summary>Each value is a name or ID; a value that is not itself a name may list several, comma-separated.</summary>
    private static HashSet<string> Patterns(IEnumerable<string> values)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            set.Add(Normalize(value));
            foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                set.Add(Normalize(part));
            }
        }

        return set;
    }

    private static string Normalize(string name) => PortableName.Key(name.Trim());
}
