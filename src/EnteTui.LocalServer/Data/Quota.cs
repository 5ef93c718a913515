namespace EnteTui.LocalServer.Data;

/// <summary>Storage quota: encrypted bytes of the user's files (trash included), as museum counts usage.</summary>
internal static class Quota
{
    public static long Usage(ServerDatabase d, long userId) => d.Users.FindById(userId)?.UsageBytes ?? 0;

    /// <summary>Adds (or with a negative value, releases) encrypted bytes to the user's usage.</summary>
    public static void Add(ServerDatabase d, long userId, long bytes)
    {
        var user = d.Users.FindById(userId);
        if (user is not null)
        {
            user.UsageBytes = Math.Max(0, user.UsageBytes + bytes);
            d.Users.Update(user);
        }
    }

    /// <summary>426 when the usage plus <paramref name="adding"/> bytes goes past the quota (strictly past when adding).</summary>
    public static void Check(ServerDatabase d, long userId, long? serverQuota, long adding)
    {
        var quota = d.Users.FindById(userId)?.StorageQuota ?? serverQuota;
        if (quota is not { } limit)
        {
            return;
        }

        var usage = Usage(d, userId);
        var exceeded = adding == 0 ? usage >= limit : usage + adding > limit;
        if (exceeded)
        {
            throw ApiException.Plain(426, "storage limit exceeded");
        }
    }
}
