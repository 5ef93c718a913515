namespace EnteTui.Reporting;

/// <summary>One scanned media entry in the import summary's <c>notUploaded</c>: where it is, its outcome and why.</summary>
public sealed record NotUploadedDocument(string Path, int Part, string Outcome, string? Reason);
