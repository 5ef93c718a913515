namespace EnteTui.Core.Import.Media;

/// <summary>A JPEG thumbnail; <see cref="IsStatic"/> marks Ente's black fallback (`hasStaticThumbnail`).</summary>
public sealed record Thumbnail(byte[] Jpeg, bool IsStatic, int? SourceWidth, int? SourceHeight);
