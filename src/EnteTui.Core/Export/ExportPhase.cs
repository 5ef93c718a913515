namespace EnteTui.Core.Export;

/// <summary>Where a run is.</summary>
public enum ExportPhase
{
    Starting,
    Syncing,
    Planning,
    Organizing,
    Downloading,
    Finishing,
    Done,
    Waiting,
}
