namespace EnteTui.Core.Accounts.Login;

/// <summary>Starts login flows against any endpoint.</summary>
public sealed class LoginFlowFactory(EnteApiClientFactory clients, TimeProvider time, ILogger<LoginFlow> logger)
{
    /// <summary>A new flow for <paramref name="email"/> (trimmed and lower-cased, as the server does) at <paramref name="endpoint"/>.</summary>
    public LoginFlow Create(string endpoint, string email) =>
        new(clients.Create(EnteEndpoint.Normalize(endpoint)), AccountEmail.Normalize(email), time, logger);
}
