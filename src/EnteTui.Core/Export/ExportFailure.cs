namespace EnteTui.Core.Export;

/// <summary>A file that could not be exported after its retries.</summary>
public sealed record ExportFailure(long FileId, long CollectionId, string Album, string Name, string Message)
{
    public ExportFailure()
        : this(0, 0, "", "", "")
    {
    }
}
