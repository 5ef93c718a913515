namespace EnteTui.Tui.Screens.Accounts;

/// <summary>A stored account as the TUI shows it.</summary>
public sealed record AccountInfo(string Email, string Endpoint, string? ExportDir)
{
    /// <summary>A stable key for per-account preferences.</summary>
    public string Key => $"{Email.ToLowerInvariant()}@{new Uri(Endpoint).Authority}";

    public string ServerLabel => Endpoints.Describe(Endpoint);
}
