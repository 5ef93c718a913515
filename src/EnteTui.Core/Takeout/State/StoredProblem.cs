namespace EnteTui.Core.Takeout.State;

/// <summary>A problem of a stored listing (its part number is added when loaded).</summary>
internal sealed record StoredProblem(string? Entry, string Message);
