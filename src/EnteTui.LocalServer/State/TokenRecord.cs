namespace EnteTui.LocalServer.State;

/// <summary>An auth token (URL-safe base64 with padding) tied to one user and one app.</summary>
internal sealed class TokenRecord
{
    /// <summary>"app:token", because tokens are looked up by the (token, app) pair.</summary>
    public string Id { get; set; } = "";

    public string Token { get; set; } = "";

    public string App { get; set; } = "";

    public long UserId { get; set; }

    public long CreationTime { get; set; }

    public static string KeyOf(string app, string token) => $"{app}:{token}";
}
