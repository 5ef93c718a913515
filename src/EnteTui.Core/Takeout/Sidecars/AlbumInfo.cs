namespace EnteTui.Core.Takeout.Sidecars;

/// <summary>An album folder's <c>metadata.json</c> (any name; old exports wrap it in <c>albumData</c>: <see cref="Wrapped"/>).</summary>
public sealed record AlbumInfo(string? Title, string? Description, bool Wrapped = false);
