namespace EnteTui.Core.Crypto;

/// <summary>
/// The libsodium calls of one shape, (output, input, input length, two keys or a nonce and a key): the
/// output allocated at its length, every span pinned, a non-zero result thrown as the caller's failure
/// (secretbox both ways, sealed-box open).
/// </summary>
internal static unsafe class SodiumCalls
{
    public static byte[] Transform(
        delegate*<byte*, byte*, ulong, byte*, byte*, int> call,
        ReadOnlySpan<byte> input,
        int outputLength,
        ReadOnlySpan<byte> first,
        ReadOnlySpan<byte> second,
        CryptoFailure failure,
        string message)
    {
        var output = new byte[outputLength];
        fixed (byte* o = output)
        fixed (byte* i = input)
        fixed (byte* a = first)
        fixed (byte* b = second)
        {
            CryptoException.RequireSuccess(call(o, i, (ulong)input.Length, a, b), failure, message);
        }

        return output;
    }
}
