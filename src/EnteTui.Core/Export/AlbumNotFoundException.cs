namespace EnteTui.Core.Export;

/// <summary>A name or ID given to choose albums matches no album; names the closest ones.</summary>
public sealed class AlbumNotFoundException(string given, IReadOnlyList<string> closest)
    : Exception(closest.Count == 0 ? $"no album matches '{given}'" : $"no album matches '{given}'; closest: {string.Join(", ", closest)}")
{
    public string Given { get; } = given;

    public IReadOnlyList<string> Closest { get; } = closest;
}
