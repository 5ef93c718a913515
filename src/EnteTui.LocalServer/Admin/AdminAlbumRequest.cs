namespace EnteTui.LocalServer.Admin;

/// <summary>Body of the album routes under `/__admin/users/{email}/albums`; each route reads the fields it needs.</summary>
internal sealed class AdminAlbumRequest
{
    public string? Name { get; set; }

    public string Type { get; set; } = "album";

    public int Visibility { get; set; }

    /// <summary>Share / unshare: the other account.</summary>
    public string? Email { get; set; }

    public string Role { get; set; } = "VIEWER";

    /// <summary>Upload: a file on the server's machine.</summary>
    public string? Path { get; set; }
}
