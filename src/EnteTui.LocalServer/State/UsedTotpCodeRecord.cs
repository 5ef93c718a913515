namespace EnteTui.LocalServer.State;

/// <summary>A TOTP code already used by a user: a code works only once.</summary>
internal sealed class UsedTotpCodeRecord
{
    /// <summary>"userId:code".</summary>
    public string Id { get; set; } = "";

    public long UsedAt { get; set; }
}
