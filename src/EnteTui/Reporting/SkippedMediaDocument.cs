namespace EnteTui.Reporting;

/// <summary>One medium the dry-run leaves out, with its reason (camelCase).</summary>
public sealed record SkippedMediaDocument(string Media, string Reason);
