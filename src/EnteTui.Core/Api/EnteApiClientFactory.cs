namespace EnteTui.Core.Api;

/// <summary>Makes API clients that share the one HTTP pipeline.</summary>
public sealed class EnteApiClientFactory
{
    private readonly EnteHttp http;

    public EnteApiClientFactory(EnteHttp http) => this.http = http;

    /// <summary>
    /// A client for <paramref name="endpoint"/>: without a token for login, with one for everything
    /// else. <paramref name="accountEmail"/> is named in error messages ("run account add again for E").
    /// </summary>
    public EnteApiClient Create(string endpoint, string? token = null, string? accountEmail = null) =>
        new(new ApiConnection(http, endpoint, token, accountEmail));
}
