using System.Text.Json.Serialization;

namespace EnteTui.Reporting;

/// <summary>Source-generated serializers for the JSON reports (default settings, as the reports always had).</summary>
[JsonSerializable(typeof(ExportSummaryDocument))]
[JsonSerializable(typeof(IReadOnlyList<AccountListRow>))]
public sealed partial class ReportJsonContext : JsonSerializerContext
{
}
