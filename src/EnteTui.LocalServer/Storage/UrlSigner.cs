using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EnteTui.LocalServer.Storage;

/// <summary>
/// Presigned object URLs, like S3's: an HMAC over the method, object key, multipart fields and
/// expiry, with a per-data-folder secret. Without the signature an object URL cannot be guessed.
/// </summary>
internal sealed class UrlSigner
{
    public static readonly TimeSpan Validity = TimeSpan.FromDays(7);
    private readonly byte[] secret;

    public UrlSigner(ServerDatabase db)
    {
        secret = db.Write(d =>
        {
            var stored = d.Meta.FindById("url-secret");
            if (stored?.Text is { } text)
            {
                return Convert.FromBase64String(text);
            }

            var fresh = RandomNumberGenerator.GetBytes(32);
            d.Meta.Upsert(new MetaRecord { Id = "url-secret", Text = Convert.ToBase64String(fresh) });
            return fresh;
        });
    }

    public string Url(string baseUrl, string method, string objectKey, string? uploadId = null, int? partNumber = null)
    {
        var expires = DateTimeOffset.UtcNow.Add(Validity).ToUnixTimeSeconds();
        var query = new StringBuilder();
        if (uploadId is not null)
        {
            query.Append(CultureInfo.InvariantCulture, $"uploadId={uploadId}&");
        }

        if (partNumber is { } part)
        {
            query.Append(CultureInfo.InvariantCulture, $"partNumber={part}&");
        }

        query.Append(CultureInfo.InvariantCulture, $"X-Expires={expires}&X-Signature={Signature(method, objectKey, uploadId, partNumber, expires)}");
        return $"{baseUrl.TrimEnd('/')}/blobs/{objectKey}?{query}";
    }

    public bool IsValid(string method, string objectKey, string? uploadId, int? partNumber, string? expires, string? signature)
    {
        if (!long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var expiry) || signature is null)
        {
            return false;
        }

        if (DateTimeOffset.FromUnixTimeSeconds(expiry) < DateTimeOffset.UtcNow)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Signature(method, objectKey, uploadId, partNumber, expiry));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature));
    }

    private string Signature(string method, string objectKey, string? uploadId, int? partNumber, long expires)
    {
        var payload = Encoding.UTF8.GetBytes($"{method}\n{objectKey}\n{uploadId}\n{partNumber}\n{expires}");
        return Convert.ToHexStringLower(HMACSHA256.HashData(secret, payload));
    }
}
