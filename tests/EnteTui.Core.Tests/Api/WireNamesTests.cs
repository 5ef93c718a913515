using EnteTui.Core.Api.Wire;

namespace EnteTui.Core.Tests.Api;

/// <summary>
/// Every JSON field name of every wire DTO, as the protocol spells it (`ownerID`, `collectionID`, ...):
/// the names come from the Web defaults (camelCase) unless a <c>[JsonPropertyName]</c> says otherwise,
/// and this list guards both.
/// </summary>
public class WireNamesTests
{
    [Fact]
    public void Every_wire_field_has_the_protocol_name()
    {
        var actual = EnteJsonContextTests.WireTypeList()
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => t.Name + ": " + string.Join(" ", EnteJson.Options.GetTypeInfo(t).Properties.Select(p => p.Name)))
            .ToList();
        var expected = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Api", "wire-names.txt"));
        Assert.Equal(expected, actual);
    }
}
