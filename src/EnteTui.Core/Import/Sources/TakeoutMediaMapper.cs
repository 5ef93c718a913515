using EnteTui.Core.Import.Metadata;
using EnteTui.Core.Takeout.Scanning;

namespace EnteTui.Core.Import.Sources;

/// <summary>
/// Turns a scan into import media: one per scanned media entry (a path repeated in several parts
/// too: its bytes decide whether it is a copy), with its sidecar (a borrowed one reduced to date
/// and place), album title and folder date. Copies that borrow the same sidecar share one reduced
/// <see cref="SidecarFacts"/>.
/// </summary>
public static class TakeoutMediaMapper
{
    public static List<ImportMedia> Map(TakeoutScanResult scan, IReadOnlyDictionary<string, SidecarData>? resolved = null)
    {
        var media = new List<ImportMedia>(scan.Pairs.Count);
        var borrowed = new Dictionary<SidecarData, SidecarFacts>(ReferenceEqualityComparer.Instance);
        foreach (var pair in scan.Pairs.OrderBy(p => p.Media.Part).ThenBy(p => p.Media.Ordinal))
        {
            var manual = resolved is { Count: > 0 } ? resolved.GetValueOrDefault(pair.Media.Path) : null;
            media.Add(new ImportMedia
            {
                Folder = pair.Media.Folder,
                FileName = pair.Media.FileName,
                Part = pair.Media.Part,
                Ordinal = pair.Media.Ordinal,
                Size = pair.Media.Size,
                Sidecar = manual is not null ? ToFacts(manual) : SidecarOf(pair, borrowed),
                AlbumTitle = pair.Folder.Kind == FolderKind.Album ? pair.Folder.AlbumTitle : null,
                FolderDate = pair.Folder.Kind is FolderKind.Year or FolderKind.Day && pair.Folder.FolderDate is { } day ? DateOnly.FromDateTime(day) : null,
                CaptureTime = (manual is null ? pair.Date : MediaDateResolver.WithSidecar(pair.Date, manual, pair.Folder.FolderDate)).Value,
            });
        }

        return media;
    }

    private static SidecarFacts? SidecarOf(TakeoutPair pair, Dictionary<SidecarData, SidecarFacts> borrowed)
    {
        if (pair.SidecarData is not { } data)
        {
            return null;
        }

        if (!pair.IsBorrowed)
        {
            return ToFacts(data);
        }

        if (!borrowed.TryGetValue(data, out var facts))
        {
            facts = ToFacts(data).AsBorrowed();
            borrowed[data] = facts;
        }

        return facts;
    }

    public static SidecarFacts ToFacts(SidecarData data) => new()
    {
        Title = data.Title,
        Description = data.Description,
        PhotoTakenTime = data.TakenTime?.ToUnixTimeSeconds(),
        CreationTime = data.CreationTime?.ToUnixTimeSeconds(),
        GeoData = data.GeoData,
        GeoDataExif = data.GeoDataExif,
        Favorited = data.Favorited,
        Archived = data.Archived,
        Trashed = data.Trashed,
    };
}
