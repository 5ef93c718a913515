using System.Text.Json.Serialization;

namespace EnteTui.Core.Api.Wire;

/// <summary>One entry of the trash diff.</summary>
public sealed class TrashItem
{
    [JsonPropertyName("file")]
    public EnteFile? File { get; set; }

    [JsonPropertyName("isDeleted")]
    public bool IsDeleted { get; set; }

    [JsonPropertyName("isRestored")]
    public bool IsRestored { get; set; }

    [JsonPropertyName("deleteBy")]
    public long DeleteBy { get; set; }

    [JsonPropertyName("createdAt")]
    public long CreatedAt { get; set; }

    [JsonPropertyName("updatedAt")]
    public long UpdatedAt { get; set; }
}
