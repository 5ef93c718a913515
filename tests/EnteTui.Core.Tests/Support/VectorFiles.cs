namespace EnteTui.Core.Tests.Support;

/// <summary>The repository's copy of the public test vectors (<c>tests/vectors</c>), copied beside the test binaries.</summary>
public static class VectorFiles
{
    public static readonly string[] Names = ["ente-crypto-vectors.json", "takeout-cases-public.json"];

    public static string Path(string fileName) => System.IO.Path.Combine(AppContext.BaseDirectory, "vectors", fileName);
}
