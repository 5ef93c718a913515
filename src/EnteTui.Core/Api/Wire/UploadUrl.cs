namespace EnteTui.Core.Api.Wire;

/// <summary>One single-PUT upload URL.</summary>
public sealed class UploadUrl
{
    public string ObjectKey { get; set; } = "";

    public string Url { get; set; } = "";
}
