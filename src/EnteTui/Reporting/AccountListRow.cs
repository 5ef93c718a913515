namespace EnteTui.Reporting;

/// <summary>One account in <c>account list --json</c> (never a secret).</summary>
public sealed record AccountListRow(
    string Email,
    string Endpoint,
    long UserId,
    string? ExportDir);
