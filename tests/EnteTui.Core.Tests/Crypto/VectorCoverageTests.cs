using System.Reflection;

namespace EnteTui.Core.Tests.Crypto;

public class VectorCoverageTests
{
    [Fact]
    public void Every_vector_in_the_file_has_a_test_and_every_claimed_vector_exists()
    {
        var fileIds = CryptoVectors.Ids;
        Assert.Equal(fileIds.Count, fileIds.Distinct().Count());
        var covered = CoveringMethods().SelectMany(m => m.GetCustomAttributes<CoversVectorAttribute>()).Select(a => a.Id).ToHashSet();

        var unhandled = fileIds.Where(id => !covered.Contains(id)).ToList();
        var unknown = covered.Where(id => !fileIds.Contains(id)).ToList();
        Assert.True(unhandled.Count == 0, "Vectors without a test: " + string.Join(", ", unhandled));
        Assert.True(unknown.Count == 0, "Tests claim vectors the file does not have: " + string.Join(", ", unknown));
    }

    [Fact]
    public void Theories_that_claim_a_vector_run_it()
    {
        foreach (var method in CoveringMethods().Where(m => m.GetCustomAttributes<InlineDataAttribute>().Any()))
        {
            var inline = method.GetCustomAttributes<InlineDataAttribute>()
                .SelectMany(d => d.GetData(method))
                .Select(args => args[0] as string)
                .ToHashSet();
            foreach (var claim in method.GetCustomAttributes<CoversVectorAttribute>())
            {
                Assert.True(inline.Contains(claim.Id), $"{method.Name} claims {claim.Id} but has no InlineData for it.");
            }
        }
    }

    [Fact]
    public void The_file_has_the_expected_format_and_23_vectors()
    {
        Assert.Equal("ente-crypto-vectors/1", CryptoVectors.Root.GetProperty("format").GetString());
        Assert.Equal(23, CryptoVectors.Ids.Count);
    }

    private static IEnumerable<MethodInfo> CoveringMethods() =>
        typeof(VectorCoverageTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Where(m => m.GetCustomAttributes<CoversVectorAttribute>().Any());
}
