namespace EnteTui.Core.Api.Wire;

/// <summary>The `file` / `thumbnail` part of a file record; size is the encrypted size (0 in diffs).</summary>
public sealed class FileObjectAttributes
{
    public string? ObjectKey { get; set; }

    public string DecryptionHeader { get; set; } = "";

    public long Size { get; set; }
}
