namespace EnteTui.Core.Api.Wire;

/// <summary>Response of `POST /collections` and `GET /collections/{id}`.</summary>
public sealed class CollectionResponse
{
    public Collection? Collection { get; set; }
}
