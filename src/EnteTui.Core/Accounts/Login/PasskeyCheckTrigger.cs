namespace EnteTui.Core.Accounts.Login;

/// <summary>
/// Lets a UI ask a passkey wait to check at once (Enter on the command line, a key in the TUI), as
/// Ente's CLI does. Thread-safe. The check still waits for museum's rate limit when it would break it.
/// </summary>
public sealed class PasskeyCheckTrigger
{
    private TaskCompletionSource signal = NewSignal();
    private int requested;

    public void CheckNow()
    {
        Volatile.Write(ref requested, 1);
        Volatile.Read(ref signal).TrySetResult();
    }

    /// <summary>Completes when <see cref="CheckNow"/> is called (or already was, since the last <see cref="TakeRequest"/>).</summary>
    internal Task Requested => Volatile.Read(ref signal).Task;

    /// <summary>True once per <see cref="CheckNow"/> call (or burst of calls).</summary>
    internal bool TakeRequest()
    {
        if (Interlocked.Exchange(ref requested, 0) == 0)
        {
            return false;
        }

        Interlocked.Exchange(ref signal, NewSignal());
        if (Volatile.Read(ref requested) == 1)
        {
            Volatile.Read(ref signal).TrySetResult();
        }

        return true;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
