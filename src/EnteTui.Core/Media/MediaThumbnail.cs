namespace EnteTui.Core.Media;

/// <summary>
/// A JPEG thumbnail and what making it revealed: the picture's displayed size and, for videos, the
/// duration. <see cref="IsStatic"/> marks Ente's black fallback (`hasStaticThumbnail`).
/// </summary>
public sealed record MediaThumbnail(byte[] Jpeg, bool IsStatic, int? SourceWidth, int? SourceHeight)
{
    public double? DurationSeconds { get; init; }
}
