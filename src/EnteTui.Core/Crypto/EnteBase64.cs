namespace EnteTui.Core.Crypto;

/// <summary>
/// Base64 as Ente uses it (spec §3.7): standard padded for every key, nonce, header, ciphertext,
/// salt and SRP value; URL-safe with '=' padding for the auth token only.
/// </summary>
public static class EnteBase64
{
    public static string Encode(ReadOnlySpan<byte> b) => Convert.ToBase64String(b);

    /// <summary>Decodes standard padded base64; throws CryptoException(InvalidInput) on anything else.</summary>
    public static byte[] Decode(string s)
    {
        if (s is null)
        {
            throw new CryptoException(CryptoFailure.InvalidInput, "Base64 value is missing.");
        }

        try
        {
            return Convert.FromBase64String(s);
        }
        catch (FormatException e)
        {
            throw new CryptoException(CryptoFailure.InvalidInput, $"Not valid standard base64 ({s.Length} characters).", e);
        }
    }

    /// <summary>The X-Auth-Token form: URL-safe alphabet ('-', '_') keeping the '=' padding.</summary>
    public static string EncodeToken(ReadOnlySpan<byte> tokenBytes) =>
        Convert.ToBase64String(tokenBytes).Replace('+', '-').Replace('/', '_');

    /// <summary>Decodes URL-safe base64, with or without '=' padding; throws CryptoException(InvalidInput) on junk.</summary>
    public static byte[] DecodeUrlSafe(string s)
    {
        if (s is null)
        {
            throw new CryptoException(CryptoFailure.InvalidInput, "Base64 value is missing.");
        }

        if (s.AsSpan().IndexOfAny('+', '/') >= 0 || s.Length % 4 == 1)
        {
            throw new CryptoException(CryptoFailure.InvalidInput, $"Not valid URL-safe base64 ({s.Length} characters).");
        }

        var standard = s.Replace('-', '+').Replace('_', '/');
        if (standard.Length % 4 != 0)
        {
            standard += new string('=', 4 - (standard.Length % 4));
        }

        return Decode(standard);
    }
}
