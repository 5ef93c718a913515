namespace EnteTui.Tui.Screens.Accounts;

/// <summary>Ente's production API and how endpoints are written on screen.</summary>
public static class Endpoints
{
    public const string Production = "https://api.ente.com";

    public static bool IsProduction(string endpoint) =>
        string.Equals(endpoint.TrimEnd('/'), Production, StringComparison.OrdinalIgnoreCase);

    public static string Describe(string endpoint) =>
        IsProduction(endpoint) ? "Ente" : Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) ? uri.Authority : endpoint;

    /// <summary>Checks a typed self-hosted URL; returns the normalised URL or an error to show.</summary>
    public static (string? Url, string? Error) Parse(string text)
    {
        var trimmed = text.Trim().TrimEnd('/');
        if (trimmed.Length == 0)
        {
            return (null, "Type the URL of your Ente server, e.g. https://photos.example.com/api");
        }

        if (!trimmed.Contains("://", StringComparison.Ordinal))
        {
            trimmed = "https://" + trimmed;
        }

        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? (trimmed, null)
            : (null, "That is not an http(s) URL.");
    }
}
