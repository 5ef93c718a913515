using System.Globalization;

namespace EnteTui.Samples;

/// <summary>Where Google puts things in a Takeout part: the photos root and the part file names.</summary>
public static class TakeoutPartNames
{
    public const string Root = "Takeout/Google Photos/";

    /// <summary>Google's name for 1-based part <paramref name="number"/> of one export, e.g. <c>takeout-20240712T112341Z-001.zip</c>.</summary>
    public static string FileName(int number, string kind) =>
        string.Create(CultureInfo.InvariantCulture, $"takeout-20240712T112341Z-{number:000}.{kind}");

    /// <summary>"zip" for odd part numbers and "tgz" for even ones.</summary>
    public static string[] Alternating(int parts) =>
        [.. Enumerable.Range(1, parts).Select(number => number % 2 == 1 ? "zip" : "tgz")];
}
