using EnteTui.LocalServer;

namespace EnteTui.Cli.Server;

/// <summary>The options of `ente-tui server`.</summary>
internal sealed class ServerCommandOptions
{
    public Option<string?> Seed { get; } = new("--seed") { Description = "Folder to seed the account from: each subfolder an album (see README)." };

    public Option<string> Email { get; } = new("--email") { Description = "Email of the account to provision.", Required = true };

    public Option<string> Password { get; } = new("--password") { Description = "Password of the account (a test server: it shows in the process list).", Required = true };

    public Option<int> Port { get; } = new("--port") { Description = "TCP port on 127.0.0.1; 0 picks a free one.", DefaultValueFactory = _ => 0 };

    public Option<string?> Data { get; } = new("--data") { Description = "Folder for the server's LiteDB file and objects; default: a temp folder removed at exit." };

    public Option<long> OpsLimit { get; } = new("--ops-limit") { Description = "Argon2id opsLimit of the account.", DefaultValueFactory = _ => 2 };

    public Option<long> MemLimit { get; } = new("--mem-limit") { Description = "Argon2id memLimit of the account in bytes.", DefaultValueFactory = _ => 64L * 1024 * 1024 };

    public Option<bool> EmailMfa { get; } = new("--email-mfa") { Description = "Require the emailed one-time code (printed as 'OTT for E: CODE')." };

    public Option<string?> TotpSecret { get; } = new("--totp-secret") { Description = "Base32 TOTP secret: login then needs an authenticator code." };

    public Option<bool> Passkey { get; } = new("--passkey") { Description = "Require a passkey: open the printed verify URL to complete it." };

    public Option<double?> PasskeyApproveAfter { get; } = new("--passkey-approve-after") { Description = "With --passkey: each passkey login approves itself after this many seconds." };

    public Option<int> AuthRateLimit { get; } = new("--auth-rate-limit")
    {
        Description = "Requests per minute per client and path on the login paths, as museum (10); 0 turns the limit off.",
        DefaultValueFactory = _ => LocalServerOptions.MuseumAuthRateLimit,
    };

    public Option<int> PageSize { get; } = new("--page-size") { Description = "Soft limit of diff pages (museum: 2500).", DefaultValueFactory = _ => 2500 };

    public Option<long?> Quota { get; } = new("--quota") { Description = "Storage quota per user in bytes; past it uploads get 426." };

    public Option<double> Fail429 { get; } = new("--fail-429") { Description = "Share of requests answered 429 with Retry-After (0..1)." };

    public Option<double> Fail500 { get; } = new("--fail-500") { Description = "Share of requests answered 500 (0..1)." };

    public Option<double> FailReset { get; } = new("--fail-reset") { Description = "Share of requests whose connection is reset (0..1)." };

    public Option<int> RetryAfter { get; } = new("--retry-after") { Description = "Retry-After seconds on injected 429s.", DefaultValueFactory = _ => 1 };

    public Option<int> LatencyMs { get; } = new("--latency") { Description = "Milliseconds added to every request." };

    public Option<int> FaultSeed { get; } = new("--fault-seed") { Description = "Seed of the fault RNG (runs are reproducible).", DefaultValueFactory = _ => 1 };

    public Option<string[]> FaultInclude { get; } = new("--fault-include") { Description = "Only fault these path prefixes (repeatable), e.g. /files/download." };

    public Option<string[]> FaultExclude { get; } = new("--fault-exclude") { Description = "Never fault these path prefixes (repeatable)." };

    public Option<bool> NoAdmin { get; } = new("--no-admin") { Description = "Do not serve the test-only /__admin API." };

    public IEnumerable<Option> All =>
    [
        Seed, Email, Password, Port, Data, OpsLimit, MemLimit, EmailMfa, TotpSecret, Passkey, PasskeyApproveAfter, AuthRateLimit, PageSize, Quota,
        Fail429, Fail500, FailReset, RetryAfter, LatencyMs, FaultSeed, FaultInclude, FaultExclude, NoAdmin,
    ];
}
