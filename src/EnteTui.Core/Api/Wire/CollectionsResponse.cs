namespace EnteTui.Core.Api.Wire;

/// <summary>Response of `GET /collections/v2?sinceTime=`.</summary>
public sealed class CollectionsResponse
{
    public List<Collection> Collections { get; set; } = [];
}
