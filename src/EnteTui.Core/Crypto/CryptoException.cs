namespace EnteTui.Core.Crypto;

/// <summary>A typed crypto failure. Messages describe the failure only and never carry key material.</summary>
public sealed class CryptoException : Exception
{
    public CryptoException(CryptoFailure failure, string message)
        : base(message)
    {
        Failure = failure;
    }

    public CryptoException(CryptoFailure failure, string message, Exception innerException)
        : base(message, innerException)
    {
        Failure = failure;
    }

    public CryptoFailure Failure { get; }

    internal static void RequireLength(ReadOnlySpan<byte> value, int expected, string what)
    {
        if (value.Length != expected)
        {
            throw new CryptoException(CryptoFailure.InvalidLength, $"{what} must be {expected} bytes, got {value.Length}.");
        }
    }

    /// <summary>A ciphertext shorter than the overhead its construction adds (MAC, ephemeral key, tag) is truncated.</summary>
    internal static void RequireOverhead(ReadOnlySpan<byte> ciphertext, int overhead, string what)
    {
        if (ciphertext.Length < overhead)
        {
            throw new CryptoException(CryptoFailure.Truncated, $"{what} is shorter than its {overhead}-byte overhead (got {ciphertext.Length} bytes).");
        }
    }

    /// <summary>libsodium's rule: 0 is success, anything else the failure given.</summary>
    internal static void RequireSuccess(int result, CryptoFailure failure, string message)
    {
        if (result != 0)
        {
            throw new CryptoException(failure, message);
        }
    }
}
