namespace EnteTui.Core.Import;

/// <summary>The stage an import is in.</summary>
public enum ImportPhase
{
    Scanning,
    Syncing,
    Uploading,
    Done,
}
