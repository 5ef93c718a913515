namespace EnteTui.Core.Tests.Crypto;

/// <summary>Marks a test as reproducing a vector of ente-crypto-vectors.json; checked by <see cref="VectorCoverageTests"/>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class CoversVectorAttribute(string id) : Attribute
{
    public string Id { get; } = id;
}
