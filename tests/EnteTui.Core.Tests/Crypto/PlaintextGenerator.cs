using System.Buffers.Binary;
using System.Text;

using NSec.Cryptography;

namespace EnteTui.Core.Tests.Crypto;

/// <summary>
/// The vectors' deterministic plaintext: block j (64 bytes) = keyed BLAKE2b-512 of
/// UTF-8("ente-vector-plaintext") ‖ uint64le(j); blocks concatenated and cut.
/// </summary>
public static class PlaintextGenerator
{
    public const string LabelText = "ente-vector-plaintext";

    private static readonly byte[] Label = Encoding.UTF8.GetBytes(LabelText);

    public static byte[] Generate(byte[] generatorKey, long length)
    {
        var algorithm = MacAlgorithm.Blake2b_512;
        using var key = Key.Import(algorithm, generatorKey, KeyBlobFormat.RawSymmetricKey);
        var output = new byte[length];
        var message = new byte[Label.Length + 8];
        Label.CopyTo(message, 0);
        for (long j = 0, offset = 0; offset < length; j++, offset += 64)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(message.AsSpan(Label.Length), (ulong)j);
            var block = algorithm.Mac(key, message);
            block.AsSpan(0, (int)Math.Min(64, length - offset)).CopyTo(output.AsSpan((int)offset));
        }

        return output;
    }
}
