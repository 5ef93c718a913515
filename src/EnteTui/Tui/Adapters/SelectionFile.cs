using System.Security.Cryptography;
using EnteTui.Core.Storage;
using EnteTui.Tui.Screens.Accounts;
using EnteTui.Tui.Screens.Albums;

namespace EnteTui.Tui.Adapters;

/// <summary>
/// The album screen's memory per account (marked albums, export options) as a small JSON file
/// under the config dir. It only feeds the TUI; the export command never reads it.
/// </summary>
public sealed class SelectionFile(AppPaths paths)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public AlbumSelection Load(AccountInfo account)
    {
        try
        {
            var path = PathFor(account);
            return File.Exists(path)
                ? JsonSerializer.Deserialize<AlbumSelection>(File.ReadAllBytes(path), Json) ?? new AlbumSelection(null, null)
                : new AlbumSelection(null, null);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return new AlbumSelection(null, null);
        }
    }

    public void Save(AccountInfo account, AlbumSelection selection) =>
        OwnerOnlyFiles.WriteAllBytes(PathFor(account), JsonSerializer.SerializeToUtf8Bytes(selection, Json));

    private string PathFor(AccountInfo account)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(account.Key)))[..16];
        return Path.Combine(paths.ConfigDir, "tui", $"albums-{hash}.json");
    }
}
