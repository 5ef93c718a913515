namespace EnteTui.Core.Export;

/// <summary>How a file already exported into one album is materialised in another.</summary>
public enum LinkMode
{
    Copy,
    Hardlink,
}
