using System.Buffers;

namespace EnteTui.Core.Import.Upload;

/// <summary>
/// One upload's buffers: a 4 MiB plaintext chunk and the ciphertext of one object or part, from a
/// pool of its own that keeps at most a few arrays per size. The shared pool keeps large arrays per
/// thread and per core, which held over 100 MB of 4 and 8 MiB arrays in a 12 MP import.
/// </summary>
internal sealed class ChunkBuffers : IDisposable
{
    private const int ArraysPerSize = 4;
    private static readonly ArrayPool<byte> Pool = ArrayPool<byte>.Create(32 * 1024 * 1024, ArraysPerSize);

    public ChunkBuffers(int outputLength)
    {
        Plain = Pool.Rent(Crypto.FileCipher.PlainChunkSize);
        Output = Pool.Rent(outputLength);
    }

    public byte[] Plain { get; }

    public byte[] Output { get; }

    public void Dispose()
    {
        Pool.Return(Plain, clearArray: true);
        Pool.Return(Output);
    }
}
