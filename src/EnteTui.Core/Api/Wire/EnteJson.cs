using System.Text.Json.Serialization.Metadata;

namespace EnteTui.Core.Api.Wire;

/// <summary>
/// JSON settings for Ente's wire format: lenient on input, no nulls written. The wire DTOs resolve
/// through the source-generated <see cref="EnteJsonContext"/>; anything else (server-only bodies) by reflection.
/// </summary>
public static class EnteJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        TypeInfoResolverChain = { EnteJsonContext.Default, new DefaultJsonTypeInfoResolver() },
    };
}
