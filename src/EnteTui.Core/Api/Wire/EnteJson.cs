using System.Text.Json;
using System.Text.Json.Serialization;

namespace EnteTui.Core.Api.Wire;

/// <summary>JSON settings for Ente's wire format: lenient on input, no nulls written.</summary>
public static class EnteJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };
}
