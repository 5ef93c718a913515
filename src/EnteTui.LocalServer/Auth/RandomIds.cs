using System.Security.Cryptography;

namespace EnteTui.LocalServer.Auth;

/// <summary>Random tokens and session IDs in the shapes museum produces.</summary>
internal static class RandomIds
{
    public const int TokenBytes = 32;

    /// <summary>32 random bytes; the stored token is their URL-safe base64 with padding (spec §1.3).</summary>
    public static byte[] NewTokenBytes() => RandomNumberGenerator.GetBytes(TokenBytes);

    /// <summary>An opaque URL-safe session ID (second factor sessions).</summary>
    public static string NewSessionId() => EnteBase64.EncodeToken(RandomNumberGenerator.GetBytes(24));

    public static string NewSixDigitCode() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
}
