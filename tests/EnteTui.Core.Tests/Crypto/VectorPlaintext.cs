namespace EnteTui.Core.Tests.Crypto;

/// <summary>The plaintext of a stream vector: given in full (<c>plaintextHex</c>) or made by its generator.</summary>
public static class VectorPlaintext
{
    public static byte[] For(CryptoVector v) =>
        v.HasIn("plaintextHex")
            ? v.InHex("plaintextHex")
            : PlaintextGenerator.Generate(v.InHex("generatorKeyHex"), v.InLong("plaintextLength"));
}
