using EnteTui.Core.Accounts.Login;
using EnteTui.Core.Api;

namespace EnteTui.Cli;

/// <summary>
/// The one error mapping of every command: runs its action and turns the expected failures into
/// one line on stderr and an exit code (2 for a bad argument, 1 for a failed run, 130 for Ctrl+C).
/// </summary>
public static class CliErrors
{
    public static async Task<int> RunAsync(CliHost host, CancellationToken cancellationToken, Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            host.Console.Error.WriteLine("Interrupted.");
            return ExitCodes.Interrupted;
        }
        catch (Exception e) when (e is UsageException or ArgumentException or AlbumNotFoundException)
        {
            return Usage(host, PlainMessage(e));
        }
        catch (AccountException e)
        {
            host.Console.Error.WriteLine($"Error: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (IOException e) when (AtomicFile.IsDiskFull(e))
        {
            host.Console.Error.WriteLine($"Error: the disk is full ({e.Message}). Nothing was lost: free some space and run again.");
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is EnteApiException or LoginException or ExportLockedException or IOException or UnauthorizedAccessException or InvalidDataException or System.Text.Json.JsonException)
        {
            host.Console.Error.WriteLine($"Error: {e.Message}");
            return ExitCodes.Failure;
        }
    }

    /// <summary>Writes the one line of a bad argument, pointing to the command's help, and returns exit code 2.</summary>
    public static int Usage(CliHost host, string problem)
    {
        var end = problem.EndsWith('.') || problem.EndsWith('?') ? "" : ".";
        host.Console.Error.WriteLine($"Error: {problem}{end} See '{host.CommandPath} --help'.");
        return ExitCodes.Usage;
    }

    /// <summary>The message without .NET's "(Parameter 'x')" suffix.</summary>
    private static string PlainMessage(Exception e) =>
        e is ArgumentException { ParamName: { } name } ? e.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : e.Message;
}
