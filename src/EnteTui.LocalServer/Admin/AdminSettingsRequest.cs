namespace EnteTui.LocalServer.Admin;

/// <summary>Body of `POST /__admin/settings`; absent fields stay as they are.</summary>
internal sealed class AdminSettingsRequest
{
    public int? DiffPageLimit { get; set; }

    public long? StorageQuotaBytes { get; set; }

    public bool ClearStorageQuota { get; set; }

    /// <summary>museum's login-path limit per client, path and minute; 0 turns it off.</summary>
    public int? AuthRateLimitPerMinute { get; set; }
}
