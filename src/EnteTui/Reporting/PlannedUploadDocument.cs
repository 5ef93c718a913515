using System.Text.Json.Serialization;
using EnteTui.Core.Import.Planning;

namespace EnteTui.Reporting;

/// <summary>One planned upload in the dry-run's <c>uploads</c>: its first copy, the albums of all copies.</summary>
public sealed record PlannedUploadDocument(
    string Media,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? MotionVideo,
    bool Matched,
    IEnumerable<string> Albums,
    bool Favorite)
{
    public static PlannedUploadDocument From(ImportGroup group)
    {
        var copy = group.Copies[0];
        return new(copy.Media.Path, copy.MotionVideo?.Path, !copy.Media.IsUnmatched, group.AlbumTitles, group.Copies.Any(c => c.Media.Sidecar?.Favorited == true));
    }
}
