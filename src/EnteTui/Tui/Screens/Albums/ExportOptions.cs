namespace EnteTui.Tui.Screens.Albums;

/// <summary>The export options editable on the album screen; the same as the <c>export</c> command's flags.</summary>
public sealed record ExportOptions(
    string ExportDir,
    int Parallel = ExportOptions.DefaultParallel,
    LinkMode Link = LinkMode.Copy,
    DeletionPolicy Deletions = DeletionPolicy.Delete,
    string MetaDir = ".meta")
{
    public const int DefaultParallel = 8;

    public string Describe() =>
        $"{Parallel} parallel · {(Link == LinkMode.Copy ? "copies" : "hardlinks")} · removed: {Deletions.ToString().ToLowerInvariant()} · sidecars {MetaDir}/";
}
