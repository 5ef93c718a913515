using System.Text.Json.Serialization;

namespace EnteTui.Core.Api.Wire;

/// <summary>Error body: `{code,message}` from handlers, `{error}` from middlewares (spec §6).</summary>
public sealed class ApiErrorBody
{
    [JsonPropertyName("code")]
    public string? Code { get; set; }

    [JsonPropertyName("message")]
    public string? Message { get; set; }

    [JsonPropertyName("error")]
    public string? Error { get; set; }
}
