namespace EnteTui.Cli;

/// <summary>A bad argument found by a command's own checks: exit 2 with one line naming it.</summary>
public sealed class UsageException(string problem) : Exception(problem);
