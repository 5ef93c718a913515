namespace EnteTui.Reporting;

/// <summary>The name of an enum value in the JSON reports: camelCase, as their field names (<c>completedWithFailures</c>, <c>outsideDates</c>, <c>alreadyInEnte</c>).</summary>
public static class JsonNames
{
    public static string Of(Enum value) => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
