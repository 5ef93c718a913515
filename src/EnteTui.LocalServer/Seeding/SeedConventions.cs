namespace EnteTui.LocalServer.Seeding;

/// <summary>
/// How a seed folder maps to an account:
/// <list type="bullet">
/// <item>each subfolder is an album named after the folder (any Unicode);</item>
/// <item>media directly in the seed folder go to the Uncategorized collection;</item>
/// <item>an image and a video with the same stem in one folder become one live photo; when the stem
/// starts with `hostile-zip`, its zip entries get hostile names (`image/../../../&lt;stem&gt;.jpg`,
/// `..\..\video.mov`) as a crafted upload could have, and clients must still export both parts;</item>
/// <item>marker files in an album folder: `.hidden` (visibility 2), `.archived` (visibility 1),
/// `.favorites` (the account's Favorites collection, named after the folder);</item>
/// <item>`shared-by-&lt;email&gt;/&lt;album&gt;/...`: albums owned by a second account &lt;email&gt; (same
/// password) and shared with the seeded account as VIEWER (`.collaborator` marker: COLLABORATOR);</item>
/// <item>a `.legacy-name` marker gives the album only a legacy plaintext name (no encryptedName);</item>
/// <item>a top-level folder named `.hidden` becomes Ente's default hidden collection (subType 1, visibility 2);</item>
/// <item>other dotfiles and dot-folders, non-media files and deeper subfolders are skipped.</item>
/// </list>
/// </summary>
public static class SeedConventions
{
    public const string SharedByPrefix = "shared-by-";
    public const string HiddenMarker = ".hidden";
    public const string ArchivedMarker = ".archived";
    public const string FavoritesMarker = ".favorites";
    public const string CollaboratorMarker = ".collaborator";
    public const string LegacyNameMarker = ".legacy-name";
    public const string DefaultHiddenFolder = ".hidden";
    public const string UncategorizedName = "Uncategorized";
    public const string HostileZipPrefix = "hostile-zip";
}
