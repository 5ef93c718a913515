namespace EnteTui.Cli;

/// <summary>Process exit codes, the same for every command.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The run failed, or finished with some items failed.</summary>
    public const int Failure = 1;

    /// <summary>Bad arguments or configuration (unknown account, missing input).</summary>
    public const int Usage = 2;

    /// <summary>Stopped by Ctrl+C / SIGTERM before the work was done.</summary>
    public const int Interrupted = 130;
}
