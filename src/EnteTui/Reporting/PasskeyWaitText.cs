using EnteTui.Core.Accounts.Login;

namespace EnteTui.Reporting;

/// <summary>A passkey wait in words, as `account add` and the TUI's login screen show it.</summary>
public static class PasskeyWaitText
{
    public static string Describe(PasskeyWaitStatus status)
    {
        var next = $"next check in {Math.Max(0, (int)Math.Ceiling((status.NextCheck - status.At).TotalSeconds))} s";
        var ends = $"gives up in {Math.Max(0, (int)Math.Ceiling((status.GivesUpAt - status.At).TotalMinutes))} min";
        return status.RateLimited ? $"The server limits how often this may be checked; {next} ({ends})."
            : status.AfterRequest ? $"Not approved yet; {next} ({ends})."
            : $"Waiting for the passkey to be verified… {next} ({ends}).";
    }
}
