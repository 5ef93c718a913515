namespace EnteTui.Core.Api.Wire;

/// <summary>Response of `GET /trash/v2/diff?sinceTime=`.</summary>
public sealed class TrashDiffResponse
{
    public List<TrashItem> Diff { get; set; } = [];

    public bool HasMore { get; set; }
}
