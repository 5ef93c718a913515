namespace EnteTui.LocalServer.State;

/// <summary>A TOTP or passkey session handed out after the first factor (valid for 10 minutes).</summary>
internal sealed class SecondFactorSessionRecord
{
    public string Id { get; set; } = "";

    public SecondFactorKind Kind { get; set; }

    public long UserId { get; set; }

    public long ExpiryTime { get; set; }

    public int WrongAttempts { get; set; }

    /// <summary>Passkey only: set once the browser ceremony (here: an admin call) finished.</summary>
    public bool IsVerified { get; set; }

    /// <summary>Passkey only: server-clock microseconds from which the session counts as verified; 0: never by itself.</summary>
    public long ApproveAt { get; set; }

    public int TokenFetchCount { get; set; }
}
