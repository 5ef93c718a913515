using System.Text.Json.Serialization;

namespace EnteTui.Reporting;

/// <summary>
/// Source-generated serializers for the JSON reports (written through <see cref="JsonReport"/>). Field names are camelCase (the Web defaults, as
/// for the wire DTOs); <c>[JsonPropertyName]</c> only where a name differs (<c>fileID</c>, <c>collectionID</c>).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ExportSummaryDocument))]
[JsonSerializable(typeof(ImportPlanDocument))]
[JsonSerializable(typeof(ImportSummaryDocument))]
[JsonSerializable(typeof(IReadOnlyList<AccountListRow>))]
public sealed partial class ReportJsonContext : JsonSerializerContext
{
}
