using EnteTui.Core.Import.Planning;

namespace EnteTui.Cli.Takeout;

/// <summary>A validated `takeout import` command line.</summary>
internal sealed record TakeoutImportRequest(
    IReadOnlyList<string> Parts,
    string? Email,
    string? ResolutionsPath,
    ImportOptions Options,
    bool DryRun,
    bool Json,
    bool AllowDamaged);
