namespace EnteTui.Core.Api.Wire;

/// <summary>One entry of the trash diff.</summary>
public sealed class TrashItem
{
    public EnteFile? File { get; set; }

    public bool IsDeleted { get; set; }

    public bool IsRestored { get; set; }

    public long DeleteBy { get; set; }

    public long CreatedAt { get; set; }

    public long UpdatedAt { get; set; }
}
