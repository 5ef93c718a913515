using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace EnteTui.LocalServer.Auth;

/// <summary>
/// RFC 6238 TOTP as authenticator apps and museum (pquerna/otp defaults) use it: HMAC-SHA1,
/// 30-second steps, 6 digits; verification accepts one step of clock skew either way.
/// </summary>
public static class Totp
{
    public const int StepSeconds = 30;
    public const int Digits = 6;

    public static string Compute(string base32Secret, DateTimeOffset time) => ComputeAtStep(Base32.Decode(base32Secret), StepOf(time));

    public static bool Verify(string base32Secret, string code, DateTimeOffset time)
    {
        var key = Base32.Decode(base32Secret);
        var step = StepOf(time);
        for (var skew = -1; skew <= 1; skew++)
        {
            var expected = System.Text.Encoding.ASCII.GetBytes(ComputeAtStep(key, step + skew));
            if (CryptographicOperations.FixedTimeEquals(expected, System.Text.Encoding.ASCII.GetBytes(code.Trim())))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A fresh random 160-bit secret in base32, as authenticator apps expect.</summary>
    public static string NewSecret() => Base32.Encode(RandomNumberGenerator.GetBytes(20));

    private static long StepOf(DateTimeOffset time) => time.ToUnixTimeSeconds() / StepSeconds;

    private static string ComputeAtStep(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[HMACSHA1.HashSizeInBytes];
        HMACSHA1.HashData(key, counter, hash);
        var offset = hash[^1] & 0x0f;
        var binary = BinaryPrimitives.ReadInt32BigEndian(hash[offset..]) & 0x7fffffff;
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }
}
