using System.Text;

namespace EnteTui.Tests.Security;

/// <summary>The ways a secret could show up in text: as is, base64 (standard and URL-safe, with or without padding), hex and URL-encoded.</summary>
internal static class SecretForms
{
    public static IEnumerable<string> Of(byte[] secret)
    {
        var base64 = Convert.ToBase64String(secret);
        var forms = new List<string>
        {
            base64,
            base64.TrimEnd('='),
            base64.Replace('+', '-').Replace('/', '_'),
            base64.Replace('+', '-').Replace('/', '_').TrimEnd('='),
            Convert.ToHexString(secret),
            Convert.ToHexStringLower(secret),
        };
        var text = TryUtf8(secret);
        if (text is not null)
        {
            forms.Add(text);
            forms.Add(Uri.EscapeDataString(text));
            forms.Add(Uri.EscapeDataString(text).Replace("%20", "+", StringComparison.Ordinal));
        }

        return forms.Distinct().Where(f => f.Length >= 6);
    }

    private static string? TryUtf8(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
