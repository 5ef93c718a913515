namespace EnteTui.Core.Api;

/// <summary>A download stream ended before (or ran past) the length the server announced.</summary>
public sealed class IncompleteDownloadException : IOException
{
    public IncompleteDownloadException(string target, long expected, long received)
        : base($"The download from {target} ended after {received} of {expected} bytes.")
    {
        Expected = expected;
        Received = received;
    }

    public long Expected { get; }

    public long Received { get; }
}
