using QRCoder;

namespace EnteTui.Tui.Screens.Accounts;

/// <summary>
/// Turns a URL into QR code text: two module rows per line with half blocks, a two-module quiet
/// zone. A set (dark) module is drawn as a space, so the code must be painted dark-on-light.
/// </summary>
public static class QrText
{
    public static IReadOnlyList<string> Render(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.L);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        const int Quiet = 2;
        var total = size + (2 * Quiet) - 8;
        bool Dark(int row, int col)
        {
            // QRCoder already adds a 4-module quiet zone; keep two of it.
            var r = row + 2;
            var c = col + 2;
            return r >= 0 && c >= 0 && r < size && c < size && matrix[r][c];
        }

        var lines = new List<string>();
        for (var row = 0; row < total; row += 2)
        {
            var chars = new char[total];
            for (var col = 0; col < total; col++)
            {
                var top = !Dark(row, col);
                var bottom = row + 1 < total && !Dark(row + 1, col);
                chars[col] = (top, bottom) switch
                {
                    (true, true) => '█',
                    (true, false) => '▀',
                    (false, true) => '▄',
                    _ => ' ',
                };
            }

            lines.Add(new string(chars));
        }

        return lines;
    }
}
