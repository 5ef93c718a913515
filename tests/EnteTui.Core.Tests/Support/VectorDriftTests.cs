namespace EnteTui.Core.Tests.Support;

public class VectorDriftTests
{
    [Fact]
    public void The_copy_holds_every_vector_file()
    {
        foreach (var name in VectorFiles.Names)
        {
            Assert.True(File.Exists(VectorFiles.Path(name)), $"{name} is missing from tests/vectors");
        }
    }

    [SkippableTheory]
    [InlineData("ente-crypto-vectors.json")]
    [InlineData("takeout-cases-public.json")]
    public void The_copy_matches_the_shared_vectors_when_they_are_beside_the_repository(string name)
    {
        var shared = SharedVectorsFolder.TryLocate();
        Skip.If(shared is null, "../shared/vectors is not beside this checkout (a fresh clone): nothing to compare tests/vectors with");

        Assert.True(
            File.ReadAllBytes(Path.Combine(shared, name)).AsSpan().SequenceEqual(File.ReadAllBytes(VectorFiles.Path(name))),
            $"tests/vectors/{name} differs from {shared}/{name}: copy the new file into tests/vectors");
    }
}
