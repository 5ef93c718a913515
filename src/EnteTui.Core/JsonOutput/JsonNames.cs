namespace EnteTui.Core.JsonOutput;

/// <summary>
/// The name of an enum value in the JSON reports: camelCase, as their field names (<c>completedWithFailures</c>,
/// <c>outsideDates</c>, <c>sidecarCreationTime</c>); worked out once per value, as the scan report asks once per pair.
/// </summary>
public static class JsonNames
{
    public static string Of<T>(T value)
        where T : struct, Enum =>
        Names<T>.ByValue.TryGetValue(value, out var name) ? name : CamelCase(value);

    private static string CamelCase<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static class Names<T>
        where T : struct, Enum
    {
        public static readonly Dictionary<T, string> ByValue = Enum.GetValues<T>().Distinct().ToDictionary(v => v, CamelCase);
    }
}
