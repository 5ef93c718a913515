namespace EnteTui.LocalServer.State;

/// <summary>A named server-wide value: the clock, ID sequences, the URL signing secret.</summary>
internal sealed class MetaRecord
{
    public string Id { get; set; } = "";

    public long Number { get; set; }

    public string? Text { get; set; }
}
