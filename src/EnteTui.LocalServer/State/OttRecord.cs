namespace EnteTui.LocalServer.State;

/// <summary>An emailed one-time code (6 digits, valid for an hour).</summary>
internal sealed class OttRecord
{
    public long Id { get; set; }

    public string Email { get; set; } = "";

    public string App { get; set; } = "";

    public string Code { get; set; } = "";

    public long ExpiryTime { get; set; }

    public int WrongAttempts { get; set; }
}
