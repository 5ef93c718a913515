namespace EnteTui.Core.Export;

/// <summary>What happens to exported files that left the selected albums in Ente.</summary>
public enum DeletionMode
{
    Delete,
    Trash,
    Keep,
}
