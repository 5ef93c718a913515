namespace EnteTui.Core.Crypto;

/// <summary>Why a cryptographic operation refused its input.</summary>
public enum CryptoFailure
{
    /// <summary>A MAC did not verify: wrong key, tampered data, or a chunk cut short inside its body.</summary>
    AuthenticationFailed,

    /// <summary>The data ends before a complete ciphertext, chunk or stream.</summary>
    Truncated,

    /// <summary>A stream ended with a short chunk tagged MESSAGE instead of FINAL.</summary>
    MissingFinalTag,

    /// <summary>Bytes follow the chunk tagged FINAL.</summary>
    TrailingData,

    /// <summary>A key, nonce, header, salt or other fixed-size value has the wrong length.</summary>
    InvalidLength,

    /// <summary>Malformed input: bad base64, out-of-range parameters, invalid SRP values.</summary>
    InvalidInput,
}
