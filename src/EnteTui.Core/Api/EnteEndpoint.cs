namespace EnteTui.Core.Api;

/// <summary>API base URLs: Ente production or any self-hosted (or local test) server.</summary>
public static class EnteEndpoint
{
    public const string Production = "https://api.ente.com";

    /// <summary>
    /// Checks that <paramref name="value"/> is an absolute http(s) URL and returns it without a
    /// trailing slash, query or fragment (e.g. <c>https://photos.example.org/api</c>).
    /// </summary>
    public static string Normalize(string value)
    {
        if (!Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"'{value}' is not an http(s) URL such as {Production}.", nameof(value));
        }

        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            throw new ArgumentException($"The endpoint URL must not carry a query, fragment or user name (use e.g. {Production}).", nameof(value));
        }

        return uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    public static bool TryNormalize(string value, out string normalized)
    {
        try
        {
            normalized = Normalize(value);
            return true;
        }
        catch (ArgumentException)
        {
            normalized = "";
            return false;
        }
    }

    /// <summary>Scheme, host, port and path of a URL, without its query (presigned URLs carry signatures there).</summary>
    public static string Describe(Uri uri) => uri.GetLeftPart(UriPartial.Path);
}
