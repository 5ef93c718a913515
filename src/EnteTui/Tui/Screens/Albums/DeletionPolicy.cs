namespace EnteTui.Tui.Screens.Albums;

/// <summary>What happens to exported files that were removed in Ente (<c>--deletions</c>).</summary>
public enum DeletionPolicy
{
    Delete,
    Trash,
    Keep,
}
