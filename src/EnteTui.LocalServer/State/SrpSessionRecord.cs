namespace EnteTui.LocalServer.State;

/// <summary>One SRP login attempt: the client's A and the server's secret b.</summary>
internal sealed class SrpSessionRecord
{
    public Guid Id { get; set; }

    public string SrpUserId { get; set; } = "";

    /// <summary>base64 of the server secret b; empty for a fake session (unknown srpUserID).</summary>
    public string ServerSecret { get; set; } = "";

    public string SrpA { get; set; } = "";

    public int AttemptCount { get; set; }

    public bool IsVerified { get; set; }

    public bool IsFake { get; set; }

    public long CreationTime { get; set; }
}
