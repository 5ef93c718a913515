namespace EnteTui.Cli.Export;

/// <summary>The parsed `export` command line.</summary>
public sealed record ExportRequest(string? Email, string? Dir, ExportOptions Options, TimeSpan? Watch, bool Json);
