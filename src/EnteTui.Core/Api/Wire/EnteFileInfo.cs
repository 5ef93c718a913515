namespace EnteTui.Core.Api.Wire;

/// <summary>Encrypted object sizes of a file.</summary>
public sealed class EnteFileInfo
{
    public long FileSize { get; set; }

    public long ThumbSize { get; set; }
}
