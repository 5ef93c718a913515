using System.Text.RegularExpressions;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace EnteTui.Tests.Tui.Support;

/// <summary>
/// Reads a QR code drawn with half blocks on the screen text (two module rows per line, a light
/// module as ink: █ both light, ▀ top light, ▄ bottom light, space both dark) and decodes it with ZXing.
/// </summary>
public static partial class ScreenQr
{
    private const int Scale = 4;

    public static string? Decode(string screen)
    {
        var rows = Rows(screen.Split('\n'));
        if (rows.Count == 0)
        {
            return null;
        }

        var width = rows[0].Length;
        var modules = new List<bool[]>();
        foreach (var row in rows)
        {
            modules.Add([.. row.Select(c => c is '█' or '▀')]);
            modules.Add([.. row.Select(c => c is '█' or '▄')]);
        }

        // Gray pixels, every module Scale x Scale, inside a light margin as wide as a scanner wants.
        var margin = 4 * Scale;
        var pixelWidth = (width * Scale) + (2 * margin);
        var pixelHeight = (modules.Count * Scale) + (2 * margin);
        var pixels = Enumerable.Repeat((byte)255, pixelWidth * pixelHeight).ToArray();
        for (var y = 0; y < modules.Count * Scale; y++)
        {
            for (var x = 0; x < width * Scale; x++)
            {
                if (!modules[y / Scale][x / Scale])
                {
                    pixels[((y + margin) * pixelWidth) + x + margin] = 0;
                }
            }
        }

        var source = new RGBLuminanceSource(pixels, pixelWidth, pixelHeight, RGBLuminanceSource.BitmapFormat.Gray8);
        var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)));
        return result?.Text;
    }

    /// <summary>The consecutive lines holding the code, cut to its columns (the first such line sets them).</summary>
    private static List<string> Rows(string[] lines)
    {
        var found = new List<string>();
        int start = -1, length = 0;
        foreach (var line in lines)
        {
            if (start < 0)
            {
                var match = QuietRow().Match(line);
                if (match.Success)
                {
                    (start, length) = (match.Index, match.Length);
                    found.Add(match.Value);
                }

                continue;
            }

            var cut = line.Length >= start + length ? line.Substring(start, length) : string.Empty;
            if (cut.Length == 0 || cut.Any(c => c is not ('█' or '▀' or '▄' or ' ')))
            {
                break;
            }

            found.Add(cut);
        }

        return found;
    }

    /// <summary>The top of the quiet zone: a run of full blocks, at least a version-1 code wide.</summary>
    [GeneratedRegex("█{21,}")]
    private static partial Regex QuietRow();
}
