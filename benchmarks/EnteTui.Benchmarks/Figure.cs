using System.Globalization;
using System.Text.RegularExpressions;

namespace EnteTui.Benchmarks;

/// <summary>
/// A printed benchmark line as data: its text with every number taken out (the template, which
/// is the same in every run) and the numbers themselves, so repeated runs can be reduced to medians.
/// </summary>
internal sealed partial record Figure(string Template, IReadOnlyList<double> Values, IReadOnlyList<string> Formats)
{
    public static Figure Parse(string line)
    {
        var matches = Number().Matches(line.Trim());
        var template = Number().Replace(line.Trim(), "{}");
        return new Figure(
            Regex.Replace(template, " {2,}", " "),
            matches.Select(m => double.Parse(m.Value, NumberStyles.Number, CultureInfo.InvariantCulture)).ToList(),
            matches.Select(m => FormatOf(m.Value)).ToList());
    }

    /// <summary>The line again with each number replaced by its median over <paramref name="runs"/> (formatted like the first run).</summary>
    public static string Median(IReadOnlyList<Figure> runs)
    {
        var first = runs[0];
        var index = 0;
        return TemplateSlot().Replace(first.Template, _ =>
        {
            var slot = index++;
            var median = Benchmarks.Median.Of(runs.Select(r => r.Values[slot]));
            return median.ToString(first.Formats[slot], CultureInfo.InvariantCulture);
        });
    }

    private static string FormatOf(string number)
    {
        var decimals = number.Contains('.') ? number.Length - number.IndexOf('.') - 1 : 0;
        return (number.Contains(',') ? "N" : "F") + decimals.ToString(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w])|(?<![\w.])\d+(?:\.\d+)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"\{\}")]
    private static partial Regex TemplateSlot();
}
