using EnteTui.Cli.Hosting;
using EnteTui.Core.Accounts;
using EnteTui.Core.Accounts.Login;
using EnteTui.Core.Api;

namespace EnteTui.Cli;

/// <summary>Runs a command action and turns the expected failures into one clear line on stderr and an exit code.</summary>
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
        catch (Exception e) when (e is ArgumentException or AccountException)
        {
            host.Console.Error.WriteLine($"Error: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is EnteApiException or LoginException)
        {
            host.Console.Error.WriteLine($"Error: {e.Message}");
            return ExitCodes.Failure;
        }
    }
}
