namespace EnteTui.LocalServer.Admin;

/// <summary>Body of `POST /__admin/users/{email}/files/{id}/edit`; absent fields stay as they are.</summary>
internal sealed class AdminFileEditRequest
{
    public string? Caption { get; set; }

    public string? EditedName { get; set; }

    /// <summary>New capture time in epoch microseconds.</summary>
    public long? EditedTime { get; set; }

    /// <summary>The capture place's UTC offset, `±HH:mm`.</summary>
    public string? OffsetTime { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public int? Visibility { get; set; }
}
