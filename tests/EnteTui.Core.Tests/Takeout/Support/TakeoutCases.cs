using System.Text.Json;

using EnteTui.Core.Tests.Support;

namespace EnteTui.Core.Tests.Takeout.Support;

/// <summary>Loads the public Takeout name cases from the copy in <c>tests/vectors</c>.</summary>
public static class TakeoutCases
{
    private static readonly Lazy<IReadOnlyList<TakeoutCase>> All = new(Load);

    public static IReadOnlyList<TakeoutCase> Public => All.Value;

    public static IEnumerable<object[]> Ids => Public.Select(c => new object[] { c.Id });

    public static TakeoutCase Get(string id) => Public.Single(c => c.Id == id);

    private static IReadOnlyList<TakeoutCase> Load()
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(VectorFiles.Path("takeout-cases-public.json")));
        return doc.RootElement.EnumerateArray().Select(Parse).ToList();
    }

    private static TakeoutCase Parse(JsonElement c)
    {
        var parts = c.GetProperty("archive_parts").EnumerateArray()
            .Select(p => (IReadOnlyList<string>)p.EnumerateArray().Select(e => e.GetString()!).ToList()).ToList();
        var expected = c.GetProperty("expected").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.Null ? null : p.Value.GetString());
        var acceptable = new Dictionary<string, IReadOnlyList<string?>>();
        if (c.TryGetProperty("acceptable", out var acc))
        {
            foreach (var p in acc.EnumerateObject())
            {
                acceptable[p.Name] = p.Value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? null : v.GetString()).ToList();
            }
        }

        return new TakeoutCase(c.GetProperty("id").GetString()!, c.GetProperty("category").GetString()!, parts, expected, acceptable);
    }
}
