using EnteTui.Tui.Screens.Albums;

namespace EnteTui.Tui.Screens.ExportProgress;

/// <summary>What to export: the same as the <c>export</c> command with <c>--albums</c>.</summary>
public sealed record ExportRequest(AccountInfo Account, IReadOnlyList<AlbumSummary> Albums, ExportChoices Options, bool Continuous);
