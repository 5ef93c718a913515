namespace EnteTui.Tests.Support;

/// <summary>What one in-process command run produced.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error);
