namespace EnteTui.Core.Api.Wire;

/// <summary>Response of `GET /collections/v2/diff?collectionID=&amp;sinceTime=`.</summary>
public sealed class CollectionDiffResponse
{
    public List<EnteFile> Diff { get; set; } = [];

    public bool HasMore { get; set; }
}
