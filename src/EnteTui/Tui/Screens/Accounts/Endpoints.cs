using EnteTui.Core.Api;

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
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return (null, "Type the URL of your Ente server, e.g. https://photos.example.com/api");
        }

        if (trimmed.Any(char.IsWhiteSpace))
        {
            return (null, "A URL has no spaces, e.g. https://photos.example.com/api");
        }

        if (!trimmed.Contains("://", StringComparison.Ordinal))
        {
            return (null, $"Start the URL with https:// (or http:// for a local server), e.g. https://{trimmed}");
        }

        return EnteEndpoint.TryNormalize(trimmed, out var url) ? (url, null) : (null, "That is not an http(s) URL such as https://photos.example.com/api");
    }
}
