namespace EnteTui.Core.Api;

/// <summary>What error messages may say about a call: where it went and for which account (never the token itself).</summary>
internal sealed record ApiCallContext(string Target, string Endpoint, string? AccountEmail, string? Token)
{
    public bool HasToken => !string.IsNullOrEmpty(Token);

    /// <summary>The token, kept only to scrub it from server text; never printed.</summary>
    public override string ToString() => $"{Target} ({AccountEmail ?? "no account"})";
}
