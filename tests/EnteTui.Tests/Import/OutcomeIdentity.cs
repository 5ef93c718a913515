using System.Text.Json;
using EnteTui.Tests.Support;

namespace EnteTui.Tests.Import;

/// <summary>
/// The accounting identity of an import: the outcome counts of `takeout import --json` add up to the
/// media entries that `takeout scan` lists (every path in every part), and every entry that was not
/// uploaded is listed with its outcome and a reason.
/// </summary>
public static class OutcomeIdentity
{
    public static readonly string[] Outcomes = ["uploaded", "alreadyInEnte", "doneEarlier", "copyOfAnother", "leftOut", "failed"];

    /// <summary>Checks the identity against an independent `takeout scan --json`; returns the outcome counts by name.</summary>
    public static async Task<Dictionary<string, int>> AssertAsync(CliRunner cli, IEnumerable<string> parts, string importJson)
    {
        var report = Path.Combine(Path.GetTempPath(), $"scan-{Guid.NewGuid():N}.json");
        try
        {
            await cli.RunAsync(["takeout", "scan", .. parts, "--json", report]);
            using var scan = JsonDocument.Parse(File.ReadAllText(report));
            var scanned = scan.RootElement.GetProperty("pairs").GetArrayLength();

            using var import = JsonDocument.Parse(importJson);
            var root = import.RootElement;
            var counts = Outcomes.ToDictionary(o => o, o => root.GetProperty("outcomes").GetProperty(o).GetInt32());
            Assert.Equal(scanned, root.GetProperty("scannedEntries").GetInt32());
            Assert.Equal(scanned, counts.Values.Sum());
            var notUploaded = root.GetProperty("notUploaded").EnumerateArray().ToList();
            Assert.Equal(scanned - counts["uploaded"], notUploaded.Count);
            Assert.All(notUploaded, e => Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("reason").GetString())));
            Assert.Equal(notUploaded.Count, notUploaded.Select(e => (e.GetProperty("path").GetString(), e.GetProperty("part").GetInt32())).Distinct().Count());
            return counts;
        }
        finally
        {
            File.Delete(report);
        }
    }
}
