namespace EnteTui.Core.Export;

/// <summary>One line per change of a plan, for <c>--dry-run</c>.</summary>
public static class PlanDescriber
{
    public static IReadOnlyList<string> Describe(ExportPlan plan, DeletionMode deletions)
    {
        var lines = new List<string>();
        foreach (var step in plan.AlbumSteps)
        {
            lines.Add(step.IsRename ? $"rename album folder {step.FromFolder} -> {step.Folder}" : $"album {step.Folder}");
        }

        var verb = deletions switch { DeletionMode.Trash => "trash", DeletionMode.Keep => "keep", _ => "remove" };
        lines.AddRange(plan.Removals.SelectMany(r => r.Item.Names.Select(n => $"{verb} {r.Folder}/{n}")));
        lines.AddRange(plan.Renames.Select(r => $"rename {r.Folder}/{string.Join(", ", r.FromNames)} -> {string.Join(", ", r.Placement.Names)}"));
        lines.AddRange(plan.SidecarWrites.Select(p => $"update sidecar {p.Folder}/{p.Names[0]}"));
        foreach (var job in plan.Jobs.Where(j => j.NeedsWork))
        {
            var first = true;
            foreach (var placement in job.Placements.Where(p => p.Need != PlacementNeed.None))
            {
                var action = placement.Need switch
                {
                    PlacementNeed.Adopt => "check",
                    PlacementNeed.VerifyHash => "verify",
                    _ => first && job.Sources.Count == 0 ? "download" : "copy",
                };
                first = first && placement.Need != PlacementNeed.Content;
                lines.Add($"{action} {placement.Folder}/{string.Join(", ", placement.Names)}");
            }
        }

        lines.AddRange(plan.AlbumRemovals.Select(r => $"remove album folder {r.Folder}"));
        return lines;
    }
}
