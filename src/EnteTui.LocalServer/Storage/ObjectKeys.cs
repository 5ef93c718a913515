using System.Text.RegularExpressions;

namespace EnteTui.LocalServer.Storage;

/// <summary>Object keys are "&lt;userID&gt;/&lt;uuid&gt;", as museum hands them out.</summary>
internal static partial class ObjectKeys
{
    public static string New(long userId) => $"{userId}/{Guid.NewGuid():D}";

    public static bool IsValid(string? key) => key is not null && Shape().IsMatch(key);

    public static bool BelongsTo(string? key, long userId) => key is not null && key.StartsWith($"{userId}/", StringComparison.Ordinal);

    [GeneratedRegex("^[0-9]{1,20}/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    private static partial Regex Shape();
}
