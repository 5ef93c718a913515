using EnteTui.Core.Import.Planning;
using EnteTui.Core.JsonOutput;

namespace EnteTui.Reporting;

/// <summary>`takeout import --dry-run --json`: the plan, its uploads and skipped media read lazily while it is written.</summary>
public sealed record ImportPlanDocument(
    string Status,
    int Items,
    long Bytes,
    IEnumerable<string> Albums,
    IEnumerable<PlannedUploadDocument> Uploads,
    IEnumerable<SkippedMediaDocument> Skipped)
{
    public static ImportPlanDocument From(ImportPlan plan) => new(
        "dry-run",
        plan.Groups.Count,
        plan.TotalBytes,
        plan.Albums,
        plan.Groups.Select(PlannedUploadDocument.From),
        plan.Skipped.Select(s => new SkippedMediaDocument(s.Path, JsonNames.Of(s.Reason))));
}
