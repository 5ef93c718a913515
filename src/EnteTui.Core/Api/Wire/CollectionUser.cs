namespace EnteTui.Core.Api.Wire;

/// <summary>Owner or sharee of a collection.</summary>
public sealed class CollectionUser
{
    public long Id { get; set; }

    public string? Email { get; set; }

    public string? Name { get; set; }

    public string? Role { get; set; }
}
