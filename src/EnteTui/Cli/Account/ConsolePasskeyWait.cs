using EnteTui.Core.Accounts.Login;

namespace EnteTui.Cli.Account;

/// <summary>
/// The command line's passkey step: prints the link, then waits for the approval until it comes, the
/// timeout passes or Ctrl+C. Each line on standard input (Enter) asks for a check at once, as Ente's CLI does.
/// </summary>
internal static class ConsolePasskeyWait
{
    public static async Task<LoginStep> RunAsync(CliHost host, LoginFlow flow, NeedPasskey need, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var output = host.Console.Out;
        output.WriteLine("This account uses a passkey. Open this URL in a browser and verify:");
        output.WriteLine($"  {need.VerificationUrl}");
        output.WriteLine($"Waiting up to {Formats.Duration(timeout)} for the approval; press Enter to check now, Ctrl+C to cancel.");
        output.Flush();
        var trigger = new PasskeyCheckTrigger();
        using var done = new CancellationTokenSource();
        _ = Task.Run(() => ForwardEnterPresses(host.Console.In, trigger, done.Token), CancellationToken.None);
        var wait = new PasskeyWait { Timeout = timeout, Trigger = trigger, OnStatus = status => Report(output, status) };
        try
        {
            return await flow.WaitForPasskeyAsync(wait, cancellationToken);
        }
        finally
        {
            await done.CancelAsync();
        }
    }

    /// <summary>A line only when something changed for the user (a 429, or Enter found no approval yet); plain polls stay quiet.</summary>
    private static void Report(TextWriter output, PasskeyWaitStatus status)
    {
        if (status.RateLimited || status.AfterRequest)
        {
            output.WriteLine(PasskeyWaitText.Describe(status));
            output.Flush();
        }
    }

    private static void ForwardEnterPresses(TextReader input, PasskeyCheckTrigger trigger, CancellationToken done)
    {
        while (!done.IsCancellationRequested && input.ReadLine() is not null)
        {
            trigger.CheckNow();
        }
    }
}
