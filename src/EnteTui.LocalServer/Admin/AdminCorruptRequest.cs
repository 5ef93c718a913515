namespace EnteTui.LocalServer.Admin;

/// <summary>Body of `POST /__admin/files/{id}/corrupt`: a <see cref="Fixtures.FileCorruption"/> name.</summary>
internal sealed class AdminCorruptRequest
{
    public string Kind { get; set; } = "";
}
