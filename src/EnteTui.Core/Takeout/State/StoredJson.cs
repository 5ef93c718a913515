namespace EnteTui.Core.Takeout.State;

/// <summary>A parsed JSON file of a stored listing.</summary>
internal sealed record StoredJson(int Ordinal, ParsedJson Parsed);
