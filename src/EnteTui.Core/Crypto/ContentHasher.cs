using NSec.Cryptography;

namespace EnteTui.Core.Crypto;

/// <summary>Incremental BLAKE2b-512 (unkeyed crypto_generichash, 64 bytes) for hashing while streaming.</summary>
public sealed class ContentHasher : IDisposable
{
    private IncrementalHash state;
    private bool finished;

    public ContentHasher()
    {
        IncrementalHash.Initialize(HashAlgorithm.Blake2b_512, out state);
    }

    public void Append(ReadOnlySpan<byte> data)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        IncrementalHash.Update(ref state, data);
    }

    /// <summary>The 64-byte digest; the hasher cannot be used afterwards.</summary>
    public byte[] Finish()
    {
        ObjectDisposedException.ThrowIf(finished, this);
        finished = true;
        return IncrementalHash.Finalize(ref state);
    }

    /// <summary>Standard base64 of the digest (88 characters), the Ente metadata <c>hash</c> format.</summary>
    public string FinishBase64() => Convert.ToBase64String(Finish());

    public void Dispose()
    {
        finished = true;
    }
}
