using NSec.Cryptography;

namespace EnteTui.Core.Crypto;

/// <summary>Incremental BLAKE2b-512 (unkeyed crypto_generichash, 64 bytes) for hashing while streaming.</summary>
public sealed class ContentHasher : IDisposable
{
    private IncrementalHash _state;
    private bool _finished;

    public ContentHasher()
    {
        IncrementalHash.Initialize(HashAlgorithm.Blake2b_512, out _state);
    }

    public void Append(ReadOnlySpan<byte> data)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        IncrementalHash.Update(ref _state, data);
    }

    /// <summary>The 64-byte digest; the hasher cannot be used afterwards.</summary>
    public byte[] Finish()
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        _finished = true;
        return IncrementalHash.Finalize(ref _state);
    }

    /// <summary>Standard base64 of the digest (88 characters), the Ente metadata <c>hash</c> format.</summary>
    public string FinishBase64() => Convert.ToBase64String(Finish());

    public void Dispose()
    {
        _finished = true;
    }
}
