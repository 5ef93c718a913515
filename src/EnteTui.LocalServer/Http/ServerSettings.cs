namespace EnteTui.LocalServer.Http;

/// <summary>Settings a test may change while the server runs.</summary>
internal sealed class ServerSettings
{
    private int diffPageLimit;
    private int authRateLimitPerMinute;

    public ServerSettings(int diffPageLimit, long? storageQuota, string? blobHost = null, int authRateLimitPerMinute = 0)
    {
        AuthRateLimitPerMinute = authRateLimitPerMinute;
        BlobHost = blobHost;
        DiffPageLimit = diffPageLimit;
        StorageQuota = storageQuota;
    }

    /// <summary>The soft limit of collection and trash diffs (museum: 2500).</summary>
    public int DiffPageLimit
    {
        get => Volatile.Read(ref diffPageLimit);
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            Volatile.Write(ref diffPageLimit, value);
        }
    }

    /// <summary>Requests per minute per client and path on museum's login paths; 0 for no limit.</summary>
    public int AuthRateLimitPerMinute
    {
        get => Volatile.Read(ref authRateLimitPerMinute);
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            Volatile.Write(ref authRateLimitPerMinute, value);
        }
    }

    /// <summary>Host name of object URLs; null: the host the client used.</summary>
    public string? BlobHost { get; }

    /// <summary>Server-wide storage quota in bytes per user; null for none.</summary>
    public long? StorageQuota { get; set; }
}
