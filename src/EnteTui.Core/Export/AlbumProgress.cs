namespace EnteTui.Core.Export;

/// <summary>Per-album counts of the current run.</summary>
public sealed record AlbumProgress(string Album, int Total, int Done, int Failed);
