using LiteDB;

namespace EnteTui.Core.Import.State;

/// <summary>An album this import created or reused, by Takeout title.</summary>
public sealed class AlbumRecord
{
    [BsonId]
    public string Title { get; set; } = "";

    public long CollectionId { get; set; }
}
