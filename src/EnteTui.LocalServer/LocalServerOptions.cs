using EnteTui.LocalServer.Faults;
using Microsoft.Extensions.Logging;

namespace EnteTui.LocalServer;

/// <summary>How to start a <see cref="LocalEnteServer"/>.</summary>
public sealed record LocalServerOptions
{
    /// <summary>museum: 10 requests a minute per client and path on the login paths.</summary>
    public const int MuseumAuthRateLimit = 10;

    /// <summary>Where the LiteDB file and the blob folder live. Null: a fresh temp folder, deleted on dispose.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>TCP port on 127.0.0.1; 0 lets the OS pick one (read it back from <see cref="LocalEnteServer.Port"/>).</summary>
    public int Port { get; init; }

    /// <summary>Soft limit of collection and trash diff pages; museum uses 2500. Small values force many pages.</summary>
    public int DiffPageLimit { get; init; } = 2500;

    /// <summary>Per-user storage quota in encrypted bytes; past it upload URLs and `POST /files` answer 426.</summary>
    public long? StorageQuotaBytes { get; init; }

    public FaultOptions Faults { get; init; } = FaultOptions.None;

    /// <summary>The clock of added latency, rate-limit windows and self-approving passkeys (tests pass a fake one).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>
    /// Host name put in object (blob) URLs instead of the one the client used, e.g. "localhost", so
    /// that downloads redirect to another host as they do to S3. It must still reach 127.0.0.1.
    /// </summary>
    public string? BlobHost { get; init; }

    /// <summary>Where "emails" go: `OTT for E: 123456` lines. Null: only the log and <see cref="LocalEnteServer.LatestOtt"/>.</summary>
    public TextWriter? Output { get; init; }

    /// <summary>Logging of the server (requests, faults, errors). Default: none.</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; init; }

    /// <summary>
    /// museum's limit on the login paths (`/users/srp/*`, `/users/ott`, `/users/verify-email`,
    /// `/users/two-factor/*`): requests per minute per client and path; 0 turns it off. A test that logs
    /// in more often raises it here or with `POST /__admin/settings {"authRateLimitPerMinute":N}`.
    /// </summary>
    public int AuthRateLimitPerMinute { get; init; } = MuseumAuthRateLimit;

    /// <summary>
    /// For test fixtures whose tests each log in (a class run would pass museum's 10 a minute): the same
    /// options with the login-path limit off. Tests of the limit itself use the default.
    /// </summary>
    public static LocalServerOptions ManyLogins => new() { AuthRateLimitPerMinute = 0 };

    /// <summary>
    /// SO_SNDBUF of every accepted connection; null leaves the OS's autotuning (megabytes on
    /// loopback). A small buffer makes the bytes the traffic meter counts as sent the bytes the
    /// client is really taking, for tests that measure a client's download rate.
    /// </summary>
    public int? SocketSendBufferBytes { get; init; }

    /// <summary>Serve the test-only `/__admin/...` surface (mutations, faults, passkey verification).</summary>
    public bool EnableAdminApi { get; init; } = true;
}
