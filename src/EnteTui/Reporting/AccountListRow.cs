using System.Text.Json.Serialization;

namespace EnteTui.Reporting;

/// <summary>One account in <c>account list --json</c> (never a secret).</summary>
public sealed record AccountListRow(
    [property: JsonPropertyName("email")] string Email,
    [property: JsonPropertyName("endpoint")] string Endpoint,
    [property: JsonPropertyName("userId")] long UserId,
    [property: JsonPropertyName("exportDir")] string? ExportDir);
