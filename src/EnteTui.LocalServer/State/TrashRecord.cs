namespace EnteTui.LocalServer.State;

/// <summary>A trashed file: which collection's key opens it, and whether it was restored or deleted for good.</summary>
internal sealed class TrashRecord
{
    /// <summary>The file ID.</summary>
    public long Id { get; set; }

    public long UserId { get; set; }

    public long CollectionId { get; set; }

    public bool IsDeleted { get; set; }

    public bool IsRestored { get; set; }

    public long DeleteBy { get; set; }

    public long CreatedAt { get; set; }

    public long UpdatedAt { get; set; }
}
