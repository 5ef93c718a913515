using System.Text.RegularExpressions;

namespace EnteTui.Core.Takeout.Scanning;

/// <summary>Localised folder and file names of Google Photos exports (takeout-notes §1.2). Names only help; content decides where it can.</summary>
public static partial class KnownNames
{
    private static readonly HashSet<string> PhotosRoots = new(StringComparer.OrdinalIgnoreCase)
    {
        "Google Photos", "Google Fotos", "Google Foto", "Fotky Google", "Google Фото", "Google Снимки", "Zdjęcia Google",
        "Google Zdjęcia", "Google 相簿", "Google 相册", "Google フォト", "Google 포토", "Google Kuvat", "Google Fotók",
        "Google Φωτογραφίες", "Google תמונות", "Google Fotoğraflar", "Google Ảnh", "Google Photos Library", "Google Billeder",
    };

    private static readonly HashSet<string> SpecialFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Archive", "Archiv", "Archives", "Archivio", "Archivo", "Arquivo", "Archief", "Archiwum", "Архив",
        "Trash", "Bin", "Corbeille", "Papierkorb", "Papelera", "Cestino", "Lixeira", "Prullenbak", "Kosz", "Корзина",
        "Failed Videos", "Locked Folder",
    };

    private static readonly HashSet<string> NotSidecars = new(StringComparer.OrdinalIgnoreCase)
    {
        "print-subscriptions.json", "user-generated-memory-titles.json", "shared_album_comments.json",
    };

    public static bool IsPhotosRoot(string name) => PhotosRoots.Contains(name.Normalize());

    public static bool IsSpecialFolder(string name) => SpecialFolders.Contains(name);

    public static bool IsKnownNonSidecar(string fileName) => NotSidecars.Contains(fileName);

    /// <summary><c>metadata.json</c> and its localised names (optionally numbered).</summary>
    public static bool IsAlbumMetadataName(string fileName) => AlbumMetadata().IsMatch(fileName.Normalize());

    /// <summary>The year of a <c>Photos from 2019</c> folder (or a localised form), else null.</summary>
    public static int? YearOf(string folderName)
    {
        var match = YearFolder().Match(folderName);
        return match.Success ? int.Parse(match.Groups["y"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The day of a <c>2005-02-05</c> folder of older exports, else null.</summary>
    public static DateTime? DayOf(string folderName)
    {
        var match = DayFolder().Match(folderName);
        return match.Success && DateTime.TryParseExact(match.Groups["d"].Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var day) ? day : null;
    }

    [GeneratedRegex(@"^(metadata|métadonnées|metadaten|metadati|metadatos|metadades|metadáta|metadane|metadados|metagegevens|метаданные|метаданни|метадані)(\(\d+\))?\.json$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AlbumMetadata();

    [GeneratedRegex(@"^(Photos from|Fotos de|Fotos del|Fotos von|Foto dal|Foto del|Foto da|Photos de|Photos de l'année|Foto's uit|Foto's van|Foto's from|Zdjęcia z|Fotky z|Фото за|Снимки от) (?<y>(19|20)\d{2})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearFolder();

    [GeneratedRegex(@"^(?<d>(19|20)\d{2}-\d{2}-\d{2})( #\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DayFolder();
}
