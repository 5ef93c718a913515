namespace EnteTui.Tui.Adapters;

/// <summary>Opens each account's decrypted session once per TUI run.</summary>
public sealed class SessionCache(AccountSessions sessions) : IDisposable
{
    private readonly Dictionary<string, AccountSession> open = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock gate = new();

    public AccountSession Get(string email)
    {
        lock (gate)
        {
            if (!open.TryGetValue(email, out var session))
            {
                session = sessions.Open(email);
                open[email] = session;
            }

            return session;
        }
    }

    /// <summary>Drops a cached session (after a new login or a removal).</summary>
    public void Forget(string email)
    {
        lock (gate)
        {
            if (open.Remove(email, out var session))
            {
                session.Dispose();
            }
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            foreach (var session in open.Values)
            {
                session.Dispose();
            }

            open.Clear();
        }
    }
}
