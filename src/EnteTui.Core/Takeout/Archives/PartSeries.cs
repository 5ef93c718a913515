using System.Text.RegularExpressions;

namespace EnteTui.Core.Takeout.Archives;

/// <summary>
/// Finds gaps in numbered part series (<c>takeout-20240712T112341Z-001.zip</c>, <c>...-003.zip</c>
/// but no <c>-002</c>). Names are only read for this report; parts are otherwise an unordered set.
/// </summary>
public static partial class PartSeries
{
    public static IReadOnlyList<TakeoutProblem> FindGaps(IEnumerable<TakeoutPart> parts)
    {
        var problems = new List<TakeoutProblem>();
        var series = parts.Where(p => p.IsReadable)
            .Select(p => (Part: p, Match: Numbered().Match(p.Name)))
            .Where(x => x.Match.Success)
            .GroupBy(x => x.Match.Groups["prefix"].Value, StringComparer.Ordinal);
        foreach (var group in series)
        {
            var numbers = group.Select(x => (Number: int.Parse(x.Match.Groups["n"].Value, CultureInfo.InvariantCulture), x.Part, Width: x.Match.Groups["n"].Length))
                .OrderBy(x => x.Number).ToList();
            var have = numbers.Select(x => x.Number).ToHashSet();
            var width = numbers[0].Width;
            for (var n = 1; n < numbers[^1].Number; n++)
            {
                if (!have.Contains(n))
                {
                    var next = numbers.First(x => x.Number > n).Part;
                    var missing = n.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
                    problems.Add(new TakeoutProblem(next.Number, null,
                        $"missing part {missing} of series '{group.Key}' (given: {string.Join(", ", numbers.Select(x => x.Number.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0')))}); sidecars or media in it will be missing"));
                }
            }
        }

        return problems;
    }

    [GeneratedRegex(@"^(?<prefix>.+)-(?<n>\d{3})\.(zip|tgz|tar\.gz|tar)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();
}
