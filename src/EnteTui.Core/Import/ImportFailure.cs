namespace EnteTui.Core.Import;

/// <summary>An item that could not be imported in this run; it is retried on the next run.</summary>
public sealed record ImportFailure(string Path, string Message);
