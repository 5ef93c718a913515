namespace EnteTui.Core.Tests.Crypto;

/// <summary>
/// The plaintext of a generator-based vector. The vector file's generator description does not
/// reproduce its own <c>plaintextFirst64Hex</c> (see <see cref="KnownVectorDefectTests"/>), so
/// when it fails the plaintext is the 64 published bytes followed by the generator's output, and
/// <see cref="IsExact"/> is false: only fields that depend on the first 64 bytes (plus lengths and
/// chunk layout) can then be checked.
/// </summary>
public sealed record VectorPlaintext(byte[] Bytes, bool IsExact)
{
    public static bool GeneratorReproducesFirst64(CryptoVector v) =>
        PlaintextGenerator.Generate(v.InHex("generatorKeyHex"), 64).AsSpan().SequenceEqual(v.InHex("plaintextFirst64Hex"));

    public static VectorPlaintext For(CryptoVector v)
    {
        var length = v.InLong("plaintextLength");
        if (v.HasIn("plaintextHex"))
        {
            return new VectorPlaintext(v.InHex("plaintextHex"), IsExact: true);
        }

        var bytes = PlaintextGenerator.Generate(v.InHex("generatorKeyHex"), length);
        if (GeneratorReproducesFirst64(v))
        {
            return new VectorPlaintext(bytes, IsExact: true);
        }

        v.InHex("plaintextFirst64Hex").CopyTo(bytes, 0);
        return new VectorPlaintext(bytes, IsExact: false);
    }
}
