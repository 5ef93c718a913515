using FsCheck;
using FsCheck.Fluent;

namespace EnteTui.Core.Tests.Export.Properties;

/// <summary>
/// Album and file titles as a hostile or careless user (or a buggy client) can set them: reserved
/// characters, controls, lone surrogates, combining marks, case variants, device names, dots,
/// emoji and very long runs, mixed with arbitrary code points.
/// </summary>
public static class HostileTitles
{
    private static readonly string[] Fragments =
    [
        "<", ">", ":", "\"", "/", "\\", "|", "?", "*", ".", "..", " ", "\t", "\0", "\n", "\u007F", "\u0085",
        "a", "A", "b", "B", "x", "1", "_1", "_", "-", ".jpg", ".JPG", ".jpeg", ".mov", ".json", ".tar.gz", ".meta", "metadata",
        "CON", "con", "PRN", "AUX", "nul", "COM1", "lpt9", "COM¹", "LPT³", "CONIN$",
        "e\u0301", "é", "E\u0301", "É", "\u0301", "\u0328", "\u1100\u1161", "가", "ß", "SS", "ẞ", "İ", "ı", "i", "I", "ǅ", "ǆ", "Ǆ", "ﬀ",
        "😀", "👨‍👩‍👧", "🇫🇷", "\uFEFF", "\u200B", "\u3000", "\u00A0", "\uFFFD", "\uFFFF",
        "\uD800", "\uDFFF", "\uDBFF\uDFFF",
    ];

    public static Arbitrary<string> Titles() => Arb.From(Title);

    public static Gen<string> Title { get; } =
        Gen.Choose(0, 8).SelectMany(count => Fragment.ArrayOf(count)).Select(string.Concat);

    private static Gen<string> Fragment { get; } = Gen.Frequency(
        (6, Gen.Elements(Fragments)),
        (2, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())),
        (1, Gen.Choose(0x10000, 0x10FFFF).Select(char.ConvertFromUtf32)),
        (1, Gen.Elements("é", "😀", "x", "e\u0301", " .").SelectMany(run => Gen.Choose(30, 140).Select(n => string.Concat(Enumerable.Repeat(run, n))))));
}
