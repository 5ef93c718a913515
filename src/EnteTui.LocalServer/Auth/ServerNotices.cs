using Microsoft.Extensions.Logging;

namespace EnteTui.LocalServer.Auth;

/// <summary>
/// Where this test server "sends email": the one-time code is printed as `OTT for E: 123456` to
/// the configured output (never to the log) and kept so that tests can read it back.
/// </summary>
public sealed class ServerNotices(TextWriter? output, ILogger<ServerNotices> logger)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, string> latestOtt = new(StringComparer.Ordinal);

    public void OttSent(string email, string code)
    {
        lock (gate)
        {
            latestOtt[email] = code;
            output?.WriteLine($"OTT for {email}: {code}");
            output?.Flush();
        }

        logger.LogInformation("One-time code sent to {Email}", email);
    }

    public string? LatestOtt(string email)
    {
        lock (gate)
        {
            return latestOtt.GetValueOrDefault(Emails.Normalize(email));
        }
    }
}
