namespace EnteTui.Core.JsonOutput;

/// <summary>Hand-written JSON (sidecars, the scan report) shares these small writes.</summary>
public static class Utf8JsonWriterExtensions
{
    /// <summary>Writes <c>"name": ["value", ...]</c>.</summary>
    public static void WriteStringArray(this Utf8JsonWriter writer, string propertyName, IEnumerable<string> values)
    {
        writer.WriteStartArray(propertyName);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
