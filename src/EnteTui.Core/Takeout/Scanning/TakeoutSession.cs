using System.Security.Cryptography;


namespace EnteTui.Core.Takeout.Scanning;

/// <summary>The identity of a set of parts (sorted distinct full paths), under which manual resolutions are kept.</summary>
public static class TakeoutSession
{
    public static string KeyOf(IEnumerable<TakeoutPart> parts)
    {
        var joined = string.Join("\n", parts.Where(p => p.IsReadable).Select(p => p.FullPath).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(joined)))[..32];
    }
}
