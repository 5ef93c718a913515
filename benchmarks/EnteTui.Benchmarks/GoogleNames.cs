namespace EnteTui.Benchmarks;

/// <summary>
/// Google's naming model (takeout-notes §1.3): the media stem cut to 47 UTF-16 units, `(n)` before
/// the extension; the sidecar is the title (or title + ".supplemental-metadata") cut to 46, then
/// `(n)`, then ".json". Titles here are BMP-only, so cutting never splits a surrogate pair.
/// </summary>
internal static class GoogleNames
{
    public static string Media(string title, int number)
    {
        var dot = title.LastIndexOf('.');
        var stem = dot < 0 ? title : title[..dot];
        var extension = dot < 0 ? ".jpg" : title[dot..];
        return Cut(stem, 47) + Number(number) + extension;
    }

    public static string Sidecar(string title, int number, bool newStyle) =>
        Cut(newStyle ? title + ".supplemental-metadata" : title, 46) + Number(number) + ".json";

    private static string Cut(string text, int units) => text.Length <= units ? text : text[..units];

    private static string Number(int number) => number == 0 ? "" : $"({number})";
}
