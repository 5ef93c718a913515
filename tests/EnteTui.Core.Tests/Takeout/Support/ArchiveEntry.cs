namespace EnteTui.Core.Tests.Takeout.Support;

/// <summary>An entry to put in a test archive.</summary>
public sealed record ArchiveEntry(string Name, byte[] Content);
