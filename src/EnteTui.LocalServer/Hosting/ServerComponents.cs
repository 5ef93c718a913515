using EnteTui.LocalServer.Faults;
using EnteTui.LocalServer.RateLimits;
using EnteTui.LocalServer.Storage;
using EnteTui.LocalServer.Traffic;

namespace EnteTui.LocalServer.Hosting;

/// <summary>The server's state and services, shared by the HTTP routes and the library API.</summary>
internal sealed class ServerComponents : IDisposable
{
    public ServerComponents(string dataDirectory, LocalServerOptions options)
    {
        DataDirectory = dataDirectory;
        Directory.CreateDirectory(dataDirectory);
        Database = new ServerDatabase(Path.Combine(dataDirectory, "server.db"));
        Objects = new ObjectStore(Path.Combine(dataDirectory, "objects"));
        Signer = new UrlSigner(Database);
        Settings = new ServerSettings(options.DiffPageLimit, options.StorageQuotaBytes, options.BlobHost, options.AuthRateLimitPerMinute);
        Time = options.Time;
        RateLimiter = new AuthRateLimiter(options.Time);
        Faults = new FaultInjector(options.Time);
        Faults.Configure(options.Faults);
        Traffic = new TrafficMeter(TimeProvider.System);
    }

    public string DataDirectory { get; }

    public ServerDatabase Database { get; }

    public ObjectStore Objects { get; }

    public UrlSigner Signer { get; }

    public ServerSettings Settings { get; }

    public FaultInjector Faults { get; }

    public TimeProvider Time { get; }

    public AuthRateLimiter RateLimiter { get; }

    public ServerStats Stats { get; } = new();

    public TrafficMeter Traffic { get; }

    public void Dispose() => Database.Dispose();
}
